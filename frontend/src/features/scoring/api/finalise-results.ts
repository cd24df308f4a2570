import { api, unwrap } from '@/lib/api-client';
import { useResultsStateChange, type ResultsState, type ResultsStateInput } from './results-state-change';

/** Closes scoring; refused (409 CONSENSUS_MISSING) while a flagged branch has no consensus. */
export async function finaliseResults({ campaignId, version }: ResultsStateInput): Promise<ResultsState> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/results/finalise', { params: { path: { campaignId } }, body: { version } }));
}

export function useFinaliseResults() {
  return useResultsStateChange(finaliseResults);
}
