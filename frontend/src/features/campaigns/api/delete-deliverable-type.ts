import { api, unwrap } from '@/lib/api-client';
import { useDeliverableTypeWrite } from './deliverable-type-write';

/** Refused with 409 DELIVERABLE_TYPE_IN_USE once deliverables of the type exist. */
export async function deleteDeliverableType(campaignId: number, id: number): Promise<void> {
  unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/deliverable-types/{id}', { params: { path: { campaignId, id } } }));
}

export function useDeleteDeliverableType(campaignId: number) {
  return useDeliverableTypeWrite(campaignId, (id: number) => deleteDeliverableType(campaignId, id));
}
