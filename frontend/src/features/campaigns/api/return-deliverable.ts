import { api, unwrap } from '@/lib/api-client';
import { useDeliverableWrite } from './deliverable-write';
import type { Deliverable } from './get-deliverables';

export type DeliverableReturn = { version: number; reason: string; fixItems: string[] };

/** The committee sends a submitted deliverable back with a reason and the fix list the branch must tick. */
export async function returnDeliverable(campaignId: number, id: number, body: DeliverableReturn): Promise<Deliverable> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/return', { params: { path: { campaignId, id } }, body }));
}

export function useReturnDeliverable(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (body: DeliverableReturn) => returnDeliverable(campaignId, id, body));
}
