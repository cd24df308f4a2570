import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { recommendationKeys, type RecommendationDetail } from './keys';

/** One recommendation with the objections to it and its chain, level by level, lowest first. */
export async function getRecommendation(id: number, signal?: AbortSignal): Promise<RecommendationDetail> {
  return unwrap(await api.GET('/api/v1/recommendations/{id}', { params: { path: { id } }, signal }));
}

export function getRecommendationQueryOptions(id: number) {
  return queryOptions({ queryKey: recommendationKeys.detail(id), queryFn: ({ signal }) => getRecommendation(id, signal) });
}

export function useRecommendation(id: number | null) {
  return useQuery({ ...getRecommendationQueryOptions(id ?? 0), enabled: id != null && id > 0 });
}
