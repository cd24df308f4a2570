import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateRecommendations, type Recommendation, type RecommendationObjection } from './keys';

export type RecommendationObjectionRequest = components['schemas']['RecommendationObjectionRequest'];

/** Records an objection to an accepted recommendation while the level's notice runs; no `raisedBy` is anonymous. */
export async function recordRecommendationObjection({
  id,
  body,
}: {
  id: number;
  body: RecommendationObjectionRequest;
}): Promise<RecommendationObjection> {
  return unwrap(await api.POST('/api/v1/recommendations/{id}/objections', { params: { path: { id } }, body }));
}

export function useRecordRecommendationObjection(recommendation: Recommendation) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendationObjectionRequest) => recordRecommendationObjection({ id: recommendation.id, body }),
    onSuccess: () => invalidateRecommendations(queryClient, recommendation.campaignId, recommendation.sourceCampaignId),
  });
}
