import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { recommendationKeys, type RecommendationRound } from './keys';

/**
 * A campaign's recommendations at a glance: where its round stands (collecting, under notice, closed), what it
 * received by status, its notice and decision, and the quota the campaign above allotted it.
 */
export async function getRecommendationRound(campaignId: number, signal?: AbortSignal): Promise<RecommendationRound> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/recommendation-round', { params: { path: { campaignId } }, signal }));
}

export function getRecommendationRoundQueryOptions(campaignId: number) {
  return queryOptions({
    queryKey: recommendationKeys.round(campaignId),
    queryFn: ({ signal }) => getRecommendationRound(campaignId, signal),
  });
}

export function useRecommendationRound(campaignId: number) {
  return useQuery(getRecommendationRoundQueryOptions(campaignId));
}
