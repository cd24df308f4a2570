import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys, type Webhook } from './get-webhooks';

/** One endpoint as it is now: an edit read again after a stale version. */
export async function getWebhook(id: number, signal?: AbortSignal): Promise<Webhook> {
  return unwrap(await api.GET('/api/v1/webhooks/{id}', { params: { path: { id } }, signal }));
}

export function getWebhookQueryOptions(id: number) {
  return queryOptions({ queryKey: webhookKeys.detail(id), queryFn: ({ signal }) => getWebhook(id, signal) });
}
