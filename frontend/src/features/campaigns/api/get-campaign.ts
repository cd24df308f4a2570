import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { campaignKeys, type Campaign } from './get-campaigns';

/** One campaign: the one read of it for every feature (its status, version and where its results stand). */
export async function getCampaign(id: number, signal?: AbortSignal): Promise<Campaign> {
  return unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal }));
}

export function getCampaignQueryOptions(id: number) {
  return queryOptions({ queryKey: campaignKeys.detail(id), queryFn: ({ signal }) => getCampaign(id, signal) });
}

export function useCampaign(id: number | null | undefined) {
  return useQuery({ ...getCampaignQueryOptions(id ?? 0), enabled: id != null && id > 0 });
}

/**
 * After a write that changes a campaign (its fields, status, version, participants or where its results stand),
 * whichever feature made it: the campaign and the campaign lists are read again on every screen.
 */
export function invalidateCampaign(queryClient: QueryClient, id: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id), exact: true }),
    queryClient.invalidateQueries({ queryKey: campaignKeys.lists() }),
  ]);
}
