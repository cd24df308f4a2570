import { api, unwrap } from '@/lib/api-client';
import { useResultsStateChange, type ResultsState } from './finalise-results';

/** Publishes finalised results to every role. */
export async function publishResults({ campaignId, version }: { campaignId: number; version: number }): Promise<ResultsState> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/results/publish', { params: { path: { campaignId } }, body: { version } }));
}

export function usePublishResults() {
  return useResultsStateChange(publishResults);
}
