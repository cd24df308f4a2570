import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { getBranchQueryOptions } from '@/features/branches/api/get-branch';
import { getCampaignQueryOptions } from '@/features/campaigns/api/get-campaign';
import { getDeliverableQueryOptions } from '@/features/campaigns/api/get-deliverable';
import { getDeliverableTypesQueryOptions } from '@/features/campaigns/api/get-deliverable-types';
import { getStandardsQueryOptions } from '@/features/campaigns/api/get-standards';
import { getOrganisationQueryOptions } from '@/features/organisations/api/get-organisation';

const id = (value: string | undefined): number | null => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * What the first screen of a page reads, asked for while the page's code is still loading rather than after it has
 * mounted. Each entry starts the same queries (same options, same cache keys) the page's components read, so they
 * find the answer there; a page's own error and empty states still come from those components.
 */
export const firstScreenData = {
  campaign: (queryClient: QueryClient, params: Params) => {
    const campaignId = id(params.id);
    if (campaignId) void queryClient.prefetchQuery(getCampaignQueryOptions(campaignId));
  },
  deliverable: (queryClient: QueryClient, params: Params) => {
    const campaignId = id(params.campaignId);
    const deliverableId = id(params.id);
    if (!campaignId || !deliverableId) return;
    void queryClient.prefetchQuery(getDeliverableQueryOptions(campaignId, deliverableId));
    void queryClient.prefetchQuery(getDeliverableTypesQueryOptions(campaignId));
  },
  branch: (queryClient: QueryClient, params: Params) => {
    const branchId = id(params.id);
    if (branchId) void queryClient.prefetchQuery(getBranchQueryOptions(branchId));
  },
  scoresheet: (queryClient: QueryClient, params: Params) => {
    const campaignId = id(params.campaignId);
    if (campaignId) void queryClient.prefetchQuery(getStandardsQueryOptions(campaignId));
  },
  organisation: (queryClient: QueryClient, params: Params) => {
    const organisationId = id(params.id);
    if (organisationId) void queryClient.prefetchQuery(getOrganisationQueryOptions(organisationId));
  },
  commendationCampaign: (queryClient: QueryClient, params: Params) => {
    const campaignId = id(params.campaignId);
    if (campaignId) void queryClient.prefetchQuery(getCampaignQueryOptions(campaignId));
  },
} satisfies Record<string, (queryClient: QueryClient, params: Params) => void>;

export type FirstScreen = keyof typeof firstScreenData;
