import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { scoringKeys } from './keys';

/** Unassigns; refused once the assessor has submitted their scoresheet for the branch. */
export async function deleteAssignment({ campaignId, id }: { campaignId: number; id: number }): Promise<void> {
  unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/assignments/{id}', { params: { path: { campaignId, id } } }));
}

export function useDeleteAssignment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteAssignment, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoringKeys.all }) });
}
