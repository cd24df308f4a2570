import { api, unwrap } from '@/lib/api-client';
import { useDeliverableWrite } from './deliverable-write';
import type { Deliverable } from './get-deliverables';

export type NewDeliverable = { typeId: number; title: string; key: string };

/** A new draft of the caller's branch; `key` is made once per tap, so a retry makes no second draft. */
export async function createDeliverable(campaignId: number, { typeId, title, key }: NewDeliverable): Promise<Deliverable> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/deliverables', {
      params: { path: { campaignId }, header: { 'Idempotency-Key': key } },
      body: { typeId, title },
    }),
  );
}

export function useCreateDeliverable(campaignId: number) {
  return useDeliverableWrite(campaignId, (draft: NewDeliverable) => createDeliverable(campaignId, draft));
}
