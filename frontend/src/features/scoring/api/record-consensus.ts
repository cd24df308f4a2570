import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { Consensus } from './get-consensus';
import { scoringKeys } from './keys';

export type ConsensusRequest = components['schemas']['ConsensusRequest'];
type Input = { campaignId: number; branchId: number; body: ConsensusRequest };

/** Records (or, with the version read, replaces) the consensus; it overrides the branch's aggregate. */
export async function recordConsensus({ campaignId, branchId, body }: Input): Promise<Consensus> {
  return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/consensus/{branchId}', { params: { path: { campaignId, branchId } }, body }));
}

export function useRecordConsensus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordConsensus,
    onSuccess: (consensus, { campaignId, branchId }) => {
      queryClient.setQueryData(scoringKeys.consensus(campaignId, branchId), consensus);
      return queryClient.invalidateQueries({ queryKey: scoringKeys.results(campaignId) });
    },
  });
}
