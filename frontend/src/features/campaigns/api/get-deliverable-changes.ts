import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { deliverablesKey } from './get-deliverables';

export type DeliverableChanges = components['schemas']['DeliverableChanges'];

export async function getDeliverableChanges(campaignId: number, id: number, signal?: AbortSignal): Promise<DeliverableChanges> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/changes', { params: { path: { campaignId, id } }, signal }),
  );
}

/** What changed since the last return (only for a deliverable that was returned before). */
export function useDeliverableChanges(campaignId: number, id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...deliverablesKey(campaignId), 'changes', id],
    queryFn: ({ signal }) => getDeliverableChanges(campaignId, id, signal),
    enabled,
  });
}
