import { useQuery } from '@tanstack/react-query';
import { getEveryCampaign, hasFinalResults } from './campaigns';
import { getLists } from './get-lists';
import { commendationKeys, type Campaign, type ListSummary } from './keys';

export type PublishedLists = { campaign: Campaign; lists: ListSummary[] }[];

/** Every campaign the caller sees that has published lists, with those lists (newest first). */
export async function getPublishedLists(signal?: AbortSignal): Promise<PublishedLists> {
  const campaigns = (await getEveryCampaign(signal)).filter(hasFinalResults);
  const found = await Promise.all(
    campaigns.map(async (campaign) => ({ campaign, lists: await getLists(campaign.id, 'PUBLISHED', signal) })),
  );
  return found.filter((c) => c.lists.length > 0);
}

export function usePublishedLists() {
  return useQuery({ queryKey: commendationKeys.published(), queryFn: ({ signal }) => getPublishedLists(signal) });
}
