import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useListUpdate } from './shortlist';

export type NoticeRequest = components['schemas']['NoticeRequest'];
export type ApprovalRequest = components['schemas']['ApprovalRequest'];

/** Opens the public notice (公示): its first and last day and the announcement. */
export function useOpenNotice(listId: number) {
  return useMutation({
    mutationFn: async (body: NoticeRequest) =>
      unwrap(await api.POST('/api/v1/commendation-lists/{id}/notice', { params: { path: { id: listId } }, body })),
    onSuccess: useListUpdate(),
  });
}

/** Approves the list under a resolution number and date. */
export function useApproveList(listId: number) {
  return useMutation({
    mutationFn: async (body: ApprovalRequest) =>
      unwrap(await api.POST('/api/v1/commendation-lists/{id}/approval', { params: { path: { id: listId } }, body })),
    onSuccess: useListUpdate(),
  });
}

/** Publishes the approved list; from then on it never changes. */
export function usePublishList(listId: number) {
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(await api.POST('/api/v1/commendation-lists/{id}/publication', { params: { path: { id: listId } }, body: { version } })),
    onSuccess: useListUpdate(),
  });
}
