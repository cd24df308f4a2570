import { useQuery } from '@tanstack/react-query';
import { getEveryCampaign, hasFinalResults } from './campaigns';
import { getFeedbackReports } from './get-feedback-reports';
import { commendationKeys, type Campaign, type FeedbackSummary } from './keys';

export type OwnFeedback = { campaign: Campaign; report: FeedbackSummary }[];

/** A branch's released reports over every campaign it took part in, newest campaign first. */
export async function getOwnFeedback(signal?: AbortSignal): Promise<OwnFeedback> {
  const campaigns = (await getEveryCampaign(signal)).filter(hasFinalResults);
  const found = await Promise.all(
    campaigns.map(async (campaign) => (await getFeedbackReports(campaign.id, signal)).map((report) => ({ campaign, report }))),
  );
  return found.flat();
}

export function useOwnFeedback() {
  return useQuery({ queryKey: commendationKeys.ownFeedback(), queryFn: ({ signal }) => getOwnFeedback(signal) });
}
