import { api, unwrap } from '@/lib/api-client';
import { useFeedbackWrite } from './feedback-write';
import type { FeedbackReport } from './keys';

export async function releaseFeedback({ id, version }: { id: number; version: number }): Promise<FeedbackReport> {
  return unwrap(await api.POST('/api/v1/feedback-reports/{id}/release', { params: { path: { id } }, body: { version } }));
}

export function useReleaseFeedback() {
  return useFeedbackWrite(releaseFeedback);
}
