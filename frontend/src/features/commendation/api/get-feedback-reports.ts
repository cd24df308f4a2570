import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { commendationKeys, type FeedbackSummary } from './keys';

/** A campaign's feedback reports by rank (staff: drafts too; a branch: its own released one). */
export async function getFeedbackReports(campaignId: number, signal?: AbortSignal): Promise<FeedbackSummary[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/feedback-reports', {
      params: { path: { campaignId }, query: { size: 100, sort: 'rank' } },
      signal,
    }),
  );
  return page.items;
}

export function useFeedbackReports(campaignId: number) {
  return useQuery({
    queryKey: commendationKeys.feedbackOf(campaignId),
    queryFn: ({ signal }) => getFeedbackReports(campaignId, signal),
  });
}
