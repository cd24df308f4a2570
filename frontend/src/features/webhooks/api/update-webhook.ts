import { api, unwrap } from '@/lib/api-client';
import type { WebhookRequest } from './create-webhook';
import type { Webhook } from './get-webhooks';
import { useWebhookWrite } from './webhook-write';

/** Replaces an endpoint's address, description, kinds of record and whether it is enabled, with the version read. */
export async function updateWebhook({ id, body }: { id: number; body: WebhookRequest }): Promise<Webhook> {
  return unwrap(await api.PUT('/api/v1/webhooks/{id}', { params: { path: { id } }, body }));
}

export function useUpdateWebhook() {
  return useWebhookWrite(updateWebhook);
}
