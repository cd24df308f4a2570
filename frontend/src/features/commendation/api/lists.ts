import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { getCampaigns, hasFinalResults } from './campaigns';
import { commendationKeys, type Campaign, type CommendationList, type ListStatus, type ListSummary } from './keys';

/** A campaign's commendation lists, newest first (staff see every list, everyone else the published ones). */
export async function getLists(campaignId: number, status?: ListStatus, signal?: AbortSignal): Promise<ListSummary[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/commendation-lists', {
      params: { path: { campaignId }, query: { status, size: 100, sort: '-id' } },
      signal,
    }),
  );
  return page.items;
}

export function useLists(campaignId: number) {
  return useQuery({ queryKey: commendationKeys.lists(campaignId), queryFn: ({ signal }) => getLists(campaignId, undefined, signal) });
}

export async function getList(id: number, signal?: AbortSignal): Promise<CommendationList> {
  return unwrap(await api.GET('/api/v1/commendation-lists/{id}', { params: { path: { id } }, signal }));
}

export function useList(id: number, enabled = true) {
  return useQuery({ queryKey: commendationKeys.list(id), queryFn: ({ signal }) => getList(id, signal), enabled });
}

export type PublishedLists = { campaign: Campaign; lists: ListSummary[] }[];

/** Every campaign the caller sees that has published lists, with those lists (newest first). */
export async function getPublishedLists(signal?: AbortSignal): Promise<PublishedLists> {
  const campaigns = (await getCampaigns(signal)).filter(hasFinalResults);
  const found = await Promise.all(
    campaigns.map(async (campaign) => ({ campaign, lists: await getLists(campaign.id, 'PUBLISHED', signal) })),
  );
  return found.filter((c) => c.lists.length > 0);
}

export function usePublishedLists() {
  return useQuery({ queryKey: commendationKeys.published(), queryFn: ({ signal }) => getPublishedLists(signal) });
}

/** The published lists of one campaign, for a reader who may not see the others. */
export function usePublishedListsOf(campaignId: number, enabled = true) {
  return useQuery({
    queryKey: [...commendationKeys.lists(campaignId), 'PUBLISHED'],
    queryFn: ({ signal }) => getLists(campaignId, 'PUBLISHED', signal),
    enabled,
  });
}
