import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys } from './keys';

export type FeedbackDraftResult = components['schemas']['FeedbackDraftResult'];

/** Drafts a report for every branch with a final result that has none yet. */
export async function draftFeedback(campaignId: number): Promise<FeedbackDraftResult> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/feedback-reports/drafts', { params: { path: { campaignId } } }));
}

export function useDraftFeedback(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => draftFeedback(campaignId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commendationKeys.feedbackOf(campaignId) }),
  });
}
