import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useFeedbackWrite } from './feedback-write';
import type { FeedbackReport } from './keys';

export type FeedbackUpdate = components['schemas']['FeedbackReportUpdate'];

export async function updateFeedback({ id, body }: { id: number; body: FeedbackUpdate }): Promise<FeedbackReport> {
  return unwrap(await api.PUT('/api/v1/feedback-reports/{id}', { params: { path: { id } }, body }));
}

export function useUpdateFeedback() {
  return useFeedbackWrite(updateFeedback);
}
