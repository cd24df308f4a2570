import { api, unwrap } from '@/lib/api-client';
import type { WebhookSecret } from './create-webhook';
import { useWebhookWrite } from './webhook-write';

/** A new signing secret, shown this once; every delivery from now on is signed with it. */
export async function rotateWebhookSecret({ id, version }: { id: number; version: number }): Promise<WebhookSecret> {
  return unwrap(await api.POST('/api/v1/webhooks/{id}/secret', { params: { path: { id } }, body: { version } }));
}

export function useRotateWebhookSecret() {
  return useWebhookWrite(rotateWebhookSecret);
}
