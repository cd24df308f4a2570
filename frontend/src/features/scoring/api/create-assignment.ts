import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Assignment } from './list-assignments';
import { scoringKeys } from './keys';

type Input = { campaignId: number; branchId: number; assessorId: number };

/** One assessor to one branch; refused (409 CONFLICT_OF_INTEREST) for the assessor's own branch. */
export async function createAssignment({ campaignId, branchId, assessorId }: Input): Promise<Assignment> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/assignments', { params: { path: { campaignId } }, body: { branchId, assessorId } }),
  );
}

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAssignment, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoringKeys.all }) });
}
