import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Adjustment } from './add-to-shortlist';
import type { CommendationList } from './keys';
import { useListUpdate } from './list-update';

export async function removeFromShortlist({ listId, ...body }: Adjustment): Promise<CommendationList> {
  return unwrap(await api.POST('/api/v1/commendation-lists/{id}/removals', { params: { path: { id: listId } }, body }));
}

export function useRemoveFromShortlist() {
  const updated = useListUpdate();
  return useMutation({ mutationFn: removeFromShortlist, onSuccess: updated });
}
