import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { deliverablesKey, type Deliverable } from './get-deliverables';

export const deliverableKey = (campaignId: number, id: number) => [...deliverablesKey(campaignId), 'detail', id] as const;

export async function getDeliverable(campaignId: number, id: number, signal?: AbortSignal): Promise<Deliverable> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}', { params: { path: { campaignId, id } }, signal }));
}

export function getDeliverableQueryOptions(campaignId: number, id: number) {
  return queryOptions({ queryKey: deliverableKey(campaignId, id), queryFn: ({ signal }) => getDeliverable(campaignId, id, signal) });
}

export function useDeliverable(campaignId: number, id: number) {
  return useQuery(getDeliverableQueryOptions(campaignId, id));
}
