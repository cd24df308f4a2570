import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { allPages, deskKeys } from './desk-keys';

export type BranchResult = components['schemas']['BranchResult'];
export type ResultPage = components['schemas']['ResultPage'];
export type ResultsStatus = components['schemas']['ResultsStatus'];
export type ResultsQuery = NonNullable<operations['listResults']['parameters']['query']>;

/** A page of the campaign's ranking with where the results stand (committee staff see it before publishing). */
export async function listResults(campaignId: number, query: ResultsQuery, signal?: AbortSignal): Promise<ResultPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/results', { params: { path: { campaignId }, query }, signal }));
}

export function getResultsQueryOptions(campaignId: number, query: ResultsQuery) {
  return queryOptions({
    queryKey: deskKeys.results(campaignId, 'list', query),
    queryFn: ({ signal }) => listResults(campaignId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useResults(campaignId: number, query: ResultsQuery) {
  return useQuery(getResultsQueryOptions(campaignId, query));
}

/** The whole ranking, for what the desk counts across pages (flags waiting for a consensus, unscored branches). */
export function useAllResults(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: deskKeys.results(campaignId, 'all'),
      queryFn: ({ signal }) => allPages((page) => listResults(campaignId, { page, size: 100 }, signal)),
    }),
  );
}
