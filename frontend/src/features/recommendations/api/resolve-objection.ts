import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateRecommendations, type Recommendation, type RecommendationObjection } from './keys';

export type ObjectionResolutionRequest = components['schemas']['RecommendationObjectionResolutionRequest'];

type Input = { id: number; objectionId: number; body: ObjectionResolutionRequest };

/** Records how an objection was handled; upheld, it takes the recommendation off the notice (REJECTED). */
export async function resolveRecommendationObjection({ id, objectionId, body }: Input): Promise<RecommendationObjection> {
  return unwrap(await api.PUT('/api/v1/recommendations/{id}/objections/{objectionId}', { params: { path: { id, objectionId } }, body }));
}

export function useResolveRecommendationObjection(recommendation: Recommendation) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ objectionId, body }: { objectionId: number; body: ObjectionResolutionRequest }) =>
      resolveRecommendationObjection({ id: recommendation.id, objectionId, body }),
    onSuccess: () => invalidateRecommendations(queryClient, recommendation.campaignId, recommendation.sourceCampaignId),
  });
}
