import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useWebhookWrite } from './webhook-write';

export type WebhookRequest = components['schemas']['WebhookRequest'];
export type WebhookSecret = components['schemas']['WebhookSecret'];

/** Registers an endpoint; the answer carries the signing secret, shown this once. */
export async function createWebhook(body: WebhookRequest): Promise<WebhookSecret> {
  return unwrap(await api.POST('/api/v1/webhooks', { body }));
}

export function useCreateWebhook() {
  return useWebhookWrite(createWebhook);
}
