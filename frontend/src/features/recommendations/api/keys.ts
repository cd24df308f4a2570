import type { QueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/api/get-campaigns';
import type { components, operations } from '@/lib/api/schema';

export type Quota = components['schemas']['Quota'];
export type QuotaPage = components['schemas']['QuotaPage'];
export type Recommendation = components['schemas']['Recommendation'];
export type RecommendationPage = components['schemas']['RecommendationPage'];
export type RecommendationDetail = components['schemas']['RecommendationDetail'];
export type RecommendationRound = components['schemas']['RecommendationRound'];
export type RecommendationObjection = components['schemas']['RecommendationObjection'];
export type RecommendationStatus = components['schemas']['RecommendationStatus'];
export type RecommendationTitle = components['schemas']['RecommendationTitle'];
export type RoundStatus = components['schemas']['RoundStatus'];
export type RecommendationQuery = NonNullable<operations['listRecommendations']['parameters']['query']>;

export const RECOMMENDATION_STATUSES: RecommendationStatus[] = [
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'REJECTED',
  'COMMENDED',
  'NOT_COMMENDED',
];
export const RECOMMENDATION_TITLES: RecommendationTitle[] = ['GRASSROOTS', 'LOCAL'];

/**
 * Where a campaign's recommendations are kept: under the campaign, so that one invalidation of `all` reads its round,
 * its quotas and its lists again together. One recommendation read by its id sits apart (`detail`): it belongs to two
 * campaigns, the one it was sent from and the one it was sent into.
 */
export const recommendationKeys = {
  all: (campaignId: number) => campaignKeys.part(campaignId, 'recommendations'),
  round: (campaignId: number) => campaignKeys.part(campaignId, 'recommendations', 'round'),
  quotas: (campaignId: number, ...rest: unknown[]) => campaignKeys.part(campaignId, 'recommendations', 'quotas', ...rest),
  list: (campaignId: number, query: RecommendationQuery) => campaignKeys.part(campaignId, 'recommendations', 'list', query),
  details: () => ['recommendations', 'detail'] as const,
  detail: (id: number) => [...recommendationKeys.details(), id] as const,
};

/**
 * After a write on recommendations: the round, the quotas and the lists of each campaign named are read again, and
 * every recommendation opened by its id (its status, objections and chain may have changed).
 */
export function invalidateRecommendations(queryClient: QueryClient, ...campaignIds: number[]) {
  return Promise.all([
    ...[...new Set(campaignIds)].map((id) => queryClient.invalidateQueries({ queryKey: recommendationKeys.all(id) })),
    queryClient.invalidateQueries({ queryKey: recommendationKeys.details() }),
  ]);
}

/**
 * After the decision at the top of the chain, which settles recommendations in every campaign below it: every
 * campaign's recommendations are read again.
 */
export function invalidateEveryRound(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({
      predicate: ({ queryKey }) => queryKey[0] === campaignKeys.all[0] && queryKey[1] === 'detail' && queryKey[3] === 'recommendations',
    }),
    queryClient.invalidateQueries({ queryKey: recommendationKeys.details() }),
  ]);
}
