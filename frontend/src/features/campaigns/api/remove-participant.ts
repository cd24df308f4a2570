import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateParticipants } from './get-participants';

export async function removeParticipant({ campaignId, branchId }: { campaignId: number; branchId: number }): Promise<void> {
  unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/branches/{branchId}', { params: { path: { campaignId, branchId } } }));
}

/** Refused with 409 PARTICIPANT_HAS_DATA while the branch has a leading group or (in a running campaign) any data. */
export function useRemoveParticipant(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (branchId: number) => removeParticipant({ campaignId, branchId }),
    onSettled: () => invalidateParticipants(queryClient, campaignId),
  });
}
