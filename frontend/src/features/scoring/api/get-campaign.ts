import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Campaign } from './assignments';
import { deskKeys } from './desk-keys';

/** A campaign as the desk needs it: its title, where its results stand and the version for finalising. */
export async function getCampaign(campaignId: number, signal?: AbortSignal): Promise<Campaign> {
  return unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id: campaignId } }, signal }));
}

export function getCampaignQueryOptions(campaignId: number) {
  return queryOptions({ queryKey: deskKeys.summary(campaignId), queryFn: ({ signal }) => getCampaign(campaignId, signal) });
}

export function useCampaign(campaignId: number) {
  return useQuery(getCampaignQueryOptions(campaignId));
}
