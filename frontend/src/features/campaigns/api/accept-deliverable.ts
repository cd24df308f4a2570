import { api, unwrap } from '@/lib/api-client';
import { useDeliverableWrite } from './deliverable-write';
import type { Deliverable } from './get-deliverables';

/** The committee accepts a submitted deliverable at the version it read. */
export async function acceptDeliverable(campaignId: number, id: number, version: number): Promise<Deliverable> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/accept', { params: { path: { campaignId, id } }, body: { version } }),
  );
}

export function useAcceptDeliverable(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (version: number) => acceptDeliverable(campaignId, id, version));
}
