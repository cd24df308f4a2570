import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateParticipants, type Participant } from './get-participants';

export async function addParticipant({ campaignId, branchId }: { campaignId: number; branchId: number }): Promise<Participant> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/branches', { params: { path: { campaignId } }, body: { branchId } }));
}

/** Adds one branch; 409 when it already takes part or is archived. */
export function useAddParticipant(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (branchId: number) => addParticipant({ campaignId, branchId }),
    onSettled: () => invalidateParticipants(queryClient, campaignId),
  });
}
