import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { CommendationList } from './keys';
import { useListUpdate } from './list-update';

export type NoticeRequest = components['schemas']['NoticeRequest'];

/** Opens the public notice (公示): its first and last day and the announcement. */
export async function openNotice(listId: number, body: NoticeRequest): Promise<CommendationList> {
  return unwrap(await api.POST('/api/v1/commendation-lists/{id}/notice', { params: { path: { id: listId } }, body }));
}

export function useOpenNotice(listId: number) {
  return useMutation({ mutationFn: (body: NoticeRequest) => openNotice(listId, body), onSuccess: useListUpdate() });
}
