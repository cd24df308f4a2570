import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CommendationList } from './keys';
import { useListUpdate } from './list-update';

/** Publishes the approved list; from then on it never changes. */
export async function publishList(listId: number, version: number): Promise<CommendationList> {
  return unwrap(await api.POST('/api/v1/commendation-lists/{id}/publication', { params: { path: { id: listId } }, body: { version } }));
}

export function usePublishList(listId: number) {
  return useMutation({ mutationFn: (version: number) => publishList(listId, version), onSuccess: useListUpdate() });
}
