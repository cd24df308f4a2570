import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { commendationKeys, type FeedbackReport } from './keys';

export async function getFeedbackReport(id: number, signal?: AbortSignal): Promise<FeedbackReport> {
  return unwrap(await api.GET('/api/v1/feedback-reports/{id}', { params: { path: { id } }, signal }));
}

export function useFeedbackReport(id: number) {
  return useQuery({ queryKey: commendationKeys.feedback(id), queryFn: ({ signal }) => getFeedbackReport(id, signal) });
}
