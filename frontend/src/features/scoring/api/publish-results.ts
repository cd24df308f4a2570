import { api, unwrap } from '@/lib/api-client';
import { useResultsStateChange, type ResultsState, type ResultsStateInput } from './results-state-change';

/** Publishes finalised results to every role. */
export async function publishResults({ campaignId, version }: ResultsStateInput): Promise<ResultsState> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/results/publish', { params: { path: { campaignId } }, body: { version } }));
}

export function usePublishResults() {
  return useResultsStateChange(publishResults);
}
