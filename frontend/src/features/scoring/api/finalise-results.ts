import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { deskKeys } from './desk-keys';

export type ResultsState = components['schemas']['ResultsState'];
type Input = { campaignId: number; version: number };

/** Closes scoring; refused (409 CONSENSUS_MISSING) while a flagged branch has no consensus. */
export async function finaliseResults({ campaignId, version }: Input): Promise<ResultsState> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/results/finalise', { params: { path: { campaignId } }, body: { version } }));
}

/** After a change of the results' state the campaign (its version and status) is read again everywhere. */
export function useResultsStateChange(mutationFn: (input: Input) => Promise<ResultsState>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_state, { campaignId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deskKeys.campaign(campaignId) }),
        // The campaign pages keep their own copy of the campaign.
        queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
      ]),
  });
}

export function useFinaliseResults() {
  return useResultsStateChange(finaliseResults);
}
