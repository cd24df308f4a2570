import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useDeliverableTypeWrite } from './deliverable-type-write';
import type { DeliverableType } from './get-deliverable-types';

export type DeliverableTypeRequest = components['schemas']['DeliverableTypeRequest'];

export async function createDeliverableType(campaignId: number, body: DeliverableTypeRequest): Promise<DeliverableType> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/deliverable-types', { params: { path: { campaignId } }, body }));
}

export function useCreateDeliverableType(campaignId: number) {
  return useDeliverableTypeWrite(campaignId, (body: DeliverableTypeRequest) => createDeliverableType(campaignId, body));
}
