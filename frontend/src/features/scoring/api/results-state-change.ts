import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateCampaign } from '@/features/campaigns/api/get-campaign';
import type { components } from '@/lib/api/schema';
import { scoringKeys } from './keys';

export type ResultsState = components['schemas']['ResultsState'];
export type ResultsStateInput = { campaignId: number; version: number };

/**
 * After a change of the results' state the desk reads the campaign's results again, and the campaign itself (its
 * version and results status) is read again on every screen through its one key family.
 */
export function useResultsStateChange(mutationFn: (input: ResultsStateInput) => Promise<ResultsState>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_state, { campaignId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: scoringKeys.desk(campaignId) }), invalidateCampaign(queryClient, campaignId)]),
  });
}
