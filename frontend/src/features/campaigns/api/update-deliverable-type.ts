import { api, unwrap } from '@/lib/api-client';
import type { DeliverableTypeRequest } from './create-deliverable-type';
import { useDeliverableTypeWrite } from './deliverable-type-write';
import type { DeliverableType } from './get-deliverable-types';

export type DeliverableTypeUpdate = { id: number; body: DeliverableTypeRequest };

export async function updateDeliverableType(campaignId: number, { id, body }: DeliverableTypeUpdate): Promise<DeliverableType> {
  return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/deliverable-types/{id}', { params: { path: { campaignId, id } }, body }));
}

export function useUpdateDeliverableType(campaignId: number) {
  return useDeliverableTypeWrite(campaignId, (update: DeliverableTypeUpdate) => updateDeliverableType(campaignId, update));
}
