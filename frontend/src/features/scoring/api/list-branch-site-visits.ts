import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { deskKeys } from './desk-keys';

export type SiteVisit = components['schemas']['SiteVisit'];

/** The site visits to one branch in the campaign, newest first: a consensus may rest on one. */
export async function listBranchSiteVisits(campaignId: number, branchId: number, signal?: AbortSignal): Promise<SiteVisit[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/site-visits', {
      params: { path: { campaignId }, query: { branchId, size: 100, sort: '-visitedOn' } },
      signal,
    }),
  );
  return page.items ?? [];
}

export function useBranchSiteVisits(campaignId: number, branchId: number) {
  return useQuery(
    queryOptions({
      queryKey: deskKeys.siteVisits(campaignId, branchId),
      queryFn: ({ signal }) => listBranchSiteVisits(campaignId, branchId, signal),
    }),
  );
}
