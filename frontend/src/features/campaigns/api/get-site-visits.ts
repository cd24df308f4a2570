import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type SiteVisit = components['schemas']['SiteVisit'];
export type SiteVisitPage = components['schemas']['SiteVisitPage'];
export type SiteVisitQuery = NonNullable<operations['listSiteVisits']['parameters']['query']>;

/** A page of the campaign's site visits. */
export async function getSiteVisits(campaignId: number, query: SiteVisitQuery, signal?: AbortSignal): Promise<SiteVisitPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/site-visits', { params: { path: { campaignId }, query }, signal }));
}

/** Where the site visits of a campaign are kept, one entry a query. */
export const siteVisitKeys = (campaignId: number, ...rest: unknown[]) => campaignKeys.part(campaignId, 'site-visits', ...rest);

export function useSiteVisits(campaignId: number, page: number) {
  const query: SiteVisitQuery = { page, size: 20, sort: '-visitedOn' };
  return useQuery(
    queryOptions({
      queryKey: siteVisitKeys(campaignId, query),
      queryFn: ({ signal }) => getSiteVisits(campaignId, query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}

const items = (page: SiteVisitPage) => page.items;

/** The site visits to one branch in the campaign, newest first: a consensus may rest on one. */
export function useBranchSiteVisits(campaignId: number, branchId: number) {
  const query: SiteVisitQuery = { branchId, size: 100, sort: '-visitedOn' };
  return useQuery(
    queryOptions({
      queryKey: siteVisitKeys(campaignId, query),
      queryFn: ({ signal }) => getSiteVisits(campaignId, query, signal),
      select: items,
    }),
  );
}
