import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type Campaign = components['schemas']['Campaign'];
export type CampaignPage = components['schemas']['CampaignPage'];
export type CampaignStatus = components['schemas']['CampaignStatus'];
export type CampaignListParams = NonNullable<operations['listCampaigns']['parameters']['query']>;

export const CAMPAIGN_STATUSES: CampaignStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

export async function getCampaigns(query: CampaignListParams, signal?: AbortSignal): Promise<CampaignPage> {
  return unwrap(await api.GET('/api/v1/campaigns', { params: { query }, signal }));
}

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (query: CampaignListParams) => [...campaignKeys.lists(), query] as const,
  detail: (id: number) => [...campaignKeys.all, 'detail', id] as const,
  part: (id: number, part: string, ...rest: unknown[]) => [...campaignKeys.all, 'detail', id, part, ...rest] as const,
};

export function getCampaignsQueryOptions(query: CampaignListParams) {
  return queryOptions({
    queryKey: campaignKeys.list(query),
    queryFn: ({ signal }) => getCampaigns(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCampaigns(query: CampaignListParams, options?: { enabled?: boolean }) {
  return useQuery({ ...getCampaignsQueryOptions(query), enabled: options?.enabled ?? true });
}

/** The campaign running now (the branch chair's home): the newest ACTIVE one. */
export const LIVE_CAMPAIGN = { status: 'ACTIVE', sort: '-year', page: 1, size: 1 } as const satisfies CampaignListParams;

export function useLiveCampaign(enabled = true) {
  return useCampaigns(LIVE_CAMPAIGN, { enabled });
}

const first = (page: CampaignPage): Campaign | null => page.items[0] ?? null;

/** The live campaign itself (the newest ACTIVE one), or null when none runs. */
export function useActiveCampaign() {
  return useQuery({ ...getCampaignsQueryOptions(LIVE_CAMPAIGN), select: first });
}
