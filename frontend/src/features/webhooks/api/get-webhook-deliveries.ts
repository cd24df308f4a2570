import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { webhookKeys } from './get-webhooks';

export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type WebhookDeliveryStatus = components['schemas']['WebhookDeliveryStatus'];
export type WebhookDeliveryQuery = NonNullable<operations['listWebhookDeliveries']['parameters']['query']>;

/** One endpoint's delivery log: each change sent (or being sent) to it, with how it went. */
export async function getWebhookDeliveries(id: number, query: WebhookDeliveryQuery, signal?: AbortSignal): Promise<WebhookDeliveryPage> {
  return unwrap(await api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query }, signal }));
}

/** While a delivery on the page waits for its try, the page is read again now and then to show how it went. */
const WHILE_PENDING = 5_000;

export function useWebhookDeliveries(id: number, query: WebhookDeliveryQuery) {
  return useQuery(
    queryOptions({
      queryKey: [...webhookKeys.deliveries(id), query],
      queryFn: ({ signal }) => getWebhookDeliveries(id, query, signal),
      placeholderData: keepPreviousData,
      refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'PENDING') ? WHILE_PENDING : false),
    }),
  );
}
