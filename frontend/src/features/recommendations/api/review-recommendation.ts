import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateRecommendations, type Recommendation } from './keys';

export type ReviewRequest = components['schemas']['RecommendationReviewRequest'];

/** The level above accepts a recommendation it received, or returns it with reasons (`note`, required to return). */
export async function reviewRecommendation({ id, body }: { id: number; body: ReviewRequest }): Promise<Recommendation> {
  return unwrap(await api.POST('/api/v1/recommendations/{id}/review', { params: { path: { id } }, body }));
}

export function useReviewRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewRecommendation,
    onSuccess: (r) => invalidateRecommendations(queryClient, r.sourceCampaignId, r.campaignId),
  });
}
