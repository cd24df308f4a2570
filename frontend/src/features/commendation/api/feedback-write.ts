import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commendationKeys, type FeedbackReport } from './keys';

/** A write answered with the report: its cache takes the answer, and its campaign's reports are read again. */
export function useFeedbackWrite<Variables>(write: (variables: Variables) => Promise<FeedbackReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (report) => {
      queryClient.setQueryData(commendationKeys.feedback(report.id), report);
      return queryClient.invalidateQueries({ queryKey: commendationKeys.feedbackOf(report.campaignId) });
    },
  });
}
