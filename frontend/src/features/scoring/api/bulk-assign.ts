import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { scoringKeys } from './keys';

export type BulkAssignmentResult = components['schemas']['BulkAssignmentResult'];
export type BulkInput = { campaignId: number; branchIds: number[]; assessorIds: number[] };

/** Every listed assessor to every listed branch, all or nothing. */
export async function bulkAssign({ campaignId, branchIds, assessorIds }: BulkInput): Promise<BulkAssignmentResult> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/assignments/bulk', {
      params: { path: { campaignId } },
      body: { branchIds, assessorIds },
    }),
  );
}

export function useBulkAssign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bulkAssign, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoringKeys.all }) });
}
