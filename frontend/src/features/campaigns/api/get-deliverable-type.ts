import { api, unwrap } from '@/lib/api-client';
import type { DeliverableType } from './get-deliverable-types';

/** One deliverable type as it is now (after a stale version). */
export async function getDeliverableType(campaignId: number, id: number): Promise<DeliverableType> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverable-types/{id}', { params: { path: { campaignId, id } } }));
}
