import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { commendationKeys, type ListStatus, type ListSummary } from './keys';

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

/** The published lists of one campaign, for a reader who may not see the others. */
export function usePublishedListsOf(campaignId: number, enabled = true) {
  return useQuery({
    queryKey: [...commendationKeys.lists(campaignId), 'PUBLISHED'],
    queryFn: ({ signal }) => getLists(campaignId, 'PUBLISHED', signal),
    enabled,
  });
}
