import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateRecommendations, type Recommendation } from './keys';

/** The recommender takes back a recommendation not yet accepted (SUBMITTED or RETURNED); its quota is free again. */
export async function withdrawRecommendation(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/v1/recommendations/{id}', { params: { path: { id } } }));
}

export function useWithdrawRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (r: Recommendation) => withdrawRecommendation(r.id),
    onSettled: (_result, _error, r) => invalidateRecommendations(queryClient, r.sourceCampaignId, r.campaignId),
  });
}
