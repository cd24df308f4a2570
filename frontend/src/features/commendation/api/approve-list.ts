import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { CommendationList } from './keys';
import { useListUpdate } from './list-update';

export type ApprovalRequest = components['schemas']['ApprovalRequest'];

/** Approves the list under a resolution number and date. */
export async function approveList(listId: number, body: ApprovalRequest): Promise<CommendationList> {
  return unwrap(await api.POST('/api/v1/commendation-lists/{id}/approval', { params: { path: { id: listId } }, body }));
}

export function useApproveList(listId: number) {
  return useMutation({ mutationFn: (body: ApprovalRequest) => approveList(listId, body), onSuccess: useListUpdate() });
}
