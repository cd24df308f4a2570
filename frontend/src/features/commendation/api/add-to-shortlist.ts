import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CommendationList } from './keys';
import { useListUpdate } from './list-update';

/** A branch added to or removed from a shortlist, with the reason and the list's version read. */
export type Adjustment = { listId: number; branchId: number; reason: string; version: number };

export async function addToShortlist({ listId, ...body }: Adjustment): Promise<CommendationList> {
  return unwrap(await api.POST('/api/v1/commendation-lists/{id}/additions', { params: { path: { id: listId } }, body }));
}

export function useAddToShortlist() {
  const updated = useListUpdate();
  return useMutation({ mutationFn: addToShortlist, onSuccess: updated });
}
