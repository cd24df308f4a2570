import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useDeliverableWrite } from './deliverable-write';
import type { Deliverable } from './get-deliverables';

export type DeliverableEdit = components['schemas']['DeliverableEdit'];

/** Saves a draft (or a returned deliverable) at the version read. */
export async function updateDeliverable(campaignId: number, id: number, body: DeliverableEdit): Promise<Deliverable> {
  return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/deliverables/{id}', { params: { path: { campaignId, id } }, body }));
}

export function useUpdateDeliverable(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (body: DeliverableEdit) => updateDeliverable(campaignId, id, body));
}
