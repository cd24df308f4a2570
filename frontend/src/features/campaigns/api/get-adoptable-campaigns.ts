import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type AdoptableCampaign = components['schemas']['AdoptableCampaign'];
export type AdoptableCampaignPage = components['schemas']['AdoptableCampaignPage'];
export type AdoptableCampaignParams = NonNullable<operations['listAdoptableCampaigns']['parameters']['query']>;

/**
 * The running campaigns launched by the organisation right above the caller's, each with the caller's own plan
 * (实施方案) when it has adopted it already. Empty at the top of the tree. Staff and leaders.
 */
export async function getAdoptableCampaigns(query: AdoptableCampaignParams, signal?: AbortSignal): Promise<AdoptableCampaignPage> {
  return unwrap(await api.GET('/api/v1/adoptable-campaigns', { params: { query }, signal }));
}

export const adoptableCampaignKeys = {
  all: [...campaignKeys.all, 'adoptable'] as const,
  list: (query: AdoptableCampaignParams) => [...adoptableCampaignKeys.all, query] as const,
};

export function getAdoptableCampaignsQueryOptions(query: AdoptableCampaignParams) {
  return queryOptions({
    queryKey: adoptableCampaignKeys.list(query),
    queryFn: ({ signal }) => getAdoptableCampaigns(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdoptableCampaigns(query: AdoptableCampaignParams, options?: { enabled?: boolean }) {
  return useQuery({ ...getAdoptableCampaignsQueryOptions(query), enabled: options?.enabled ?? true });
}
