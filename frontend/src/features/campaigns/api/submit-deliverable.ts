import { api, unwrap } from '@/lib/api-client';
import { useDeliverableWrite } from './deliverable-write';
import type { Deliverable } from './get-deliverables';

/** Hands the deliverable in; the same submission (this deliverable at this version) always carries the same key. */
export async function submitDeliverable(campaignId: number, id: number, version: number): Promise<Deliverable> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/submit', {
      params: { path: { campaignId, id }, header: { 'Idempotency-Key': `submit-${id}-v${version}` } },
      body: { version },
    }),
  );
}

export function useSubmitDeliverable(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (version: number) => submitDeliverable(campaignId, id, version));
}
