import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { ApiError } from '@/lib/problem';
import { scoringKeys } from './keys';

export type BranchResult = components['schemas']['BranchResult'];
export type ResultPage = components['schemas']['ResultPage'];
export type ResultsStatus = components['schemas']['ResultsStatus'];
export type ResultsQuery = NonNullable<operations['listResults']['parameters']['query']>;

/**
 * A page of the campaign's ranking with where the results stand: the one read of it for every feature (committee
 * staff always; everyone else once published).
 */
export async function listResults(campaignId: number, query: ResultsQuery, signal?: AbortSignal): Promise<ResultPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/results', { params: { path: { campaignId }, query }, signal }));
}

export function getResultsQueryOptions(campaignId: number, query: ResultsQuery) {
  return queryOptions({
    queryKey: scoringKeys.results(campaignId, 'list', query),
    queryFn: ({ signal }) => listResults(campaignId, query, signal),
  });
}

/** A page of the desk's table: the previous page stays on screen while the next one loads. */
export function useResults(campaignId: number, query: ResultsQuery) {
  return useQuery({ ...getResultsQueryOptions(campaignId, query), placeholderData: keepPreviousData });
}

/** The whole ranking, for what the desk counts across pages (flags waiting for a consensus, unscored branches). */
export function useAllResults(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: scoringKeys.results(campaignId, 'all'),
      queryFn: ({ signal }) => allPages((page) => listResults(campaignId, { page, size: 100 }, signal)),
    }),
  );
}

/** The first `size` places of the ranking, best first. */
export function useRanking(campaignId: number, size: number, enabled = true) {
  return useQuery({ ...getResultsQueryOptions(campaignId, { size, sort: 'rank' }), enabled });
}

/** The refusal the server gives before results are published: an expected state, not a failure. */
export function isNotPublished(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === 'RESULTS_NOT_PUBLISHED';
}
