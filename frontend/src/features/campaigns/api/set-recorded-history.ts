import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useCampaignMutation } from './campaign-mutation';
import type { Campaign } from './get-campaigns';

export type RecordedHistoryRequest = components['schemas']['RecordedHistoryRequest'];

export async function setRecordedHistory({ id, body }: { id: number; body: RecordedHistoryRequest }): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns/{id}/recorded-history', { params: { path: { id } }, body }));
}

/** Enter a past campaign as of a date (asOf null: back to live dates); audited with the reason. */
export function useSetRecordedHistory() {
  return useCampaignMutation(setRecordedHistory);
}
