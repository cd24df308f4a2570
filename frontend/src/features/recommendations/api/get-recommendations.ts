import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { recommendationKeys, type RecommendationPage, type RecommendationQuery } from './keys';

/**
 * A page of a campaign's recommendations: RECEIVED, those the level below sent into it (the default), or SENT, those
 * it recommended up. A branch gets only its own recommendations from the campaign it took part in, once decided.
 */
export async function getRecommendations(
  campaignId: number,
  query: RecommendationQuery,
  signal?: AbortSignal,
): Promise<RecommendationPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/recommendations', { params: { path: { campaignId }, query }, signal }));
}

export function getRecommendationsQueryOptions(campaignId: number, query: RecommendationQuery) {
  return queryOptions({
    queryKey: recommendationKeys.list(campaignId, query),
    queryFn: ({ signal }) => getRecommendations(campaignId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRecommendations(campaignId: number, query: RecommendationQuery, options?: { enabled?: boolean }) {
  return useQuery({ ...getRecommendationsQueryOptions(campaignId, query), enabled: options?.enabled ?? true });
}
