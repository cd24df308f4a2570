import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { getCampaigns, hasFinalResults } from './campaigns';
import { commendationKeys, type Campaign, type FeedbackReport, type FeedbackSummary } from './keys';

export type FeedbackUpdate = components['schemas']['FeedbackReportUpdate'];

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

export type OwnFeedback = { campaign: Campaign; report: FeedbackSummary }[];

/** A branch's released reports over every campaign it took part in, newest campaign first. */
export async function getOwnFeedback(signal?: AbortSignal): Promise<OwnFeedback> {
  const campaigns = (await getCampaigns(signal)).filter(hasFinalResults);
  const found = await Promise.all(
    campaigns.map(async (campaign) => (await getFeedbackReports(campaign.id, signal)).map((report) => ({ campaign, report }))),
  );
  return found.flat();
}

export function useOwnFeedback() {
  return useQuery({ queryKey: commendationKeys.ownFeedback(), queryFn: ({ signal }) => getOwnFeedback(signal) });
}

export async function getFeedbackReport(id: number, signal?: AbortSignal): Promise<FeedbackReport> {
  return unwrap(await api.GET('/api/v1/feedback-reports/{id}', { params: { path: { id } }, signal }));
}

export function useFeedbackReport(id: number) {
  return useQuery({ queryKey: commendationKeys.feedback(id), queryFn: ({ signal }) => getFeedbackReport(id, signal) });
}

/** Drafts a report for every branch with a final result that has none yet. */
export function useDraftFeedback(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/feedback-reports/drafts', { params: { path: { campaignId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commendationKeys.feedbackOf(campaignId) }),
  });
}

function useReportMutation<V>(fn: (v: V) => Promise<FeedbackReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (report) => {
      queryClient.setQueryData(commendationKeys.feedback(report.id), report);
      return queryClient.invalidateQueries({ queryKey: commendationKeys.feedbackOf(report.campaignId) });
    },
  });
}

export function useUpdateFeedback() {
  return useReportMutation(async ({ id, body }: { id: number; body: FeedbackUpdate }) =>
    unwrap(await api.PUT('/api/v1/feedback-reports/{id}', { params: { path: { id } }, body })),
  );
}

export function useReleaseFeedback() {
  return useReportMutation(async ({ id, version }: { id: number; version: number }) =>
    unwrap(await api.POST('/api/v1/feedback-reports/{id}/release', { params: { path: { id } }, body: { version } })),
  );
}
