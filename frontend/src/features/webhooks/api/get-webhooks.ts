import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Webhook = components['schemas']['Webhook'];
export type WebhookPage = components['schemas']['WebhookPage'];
export type ChangedRecord = components['schemas']['ChangedRecord'];

export const PAGE_SIZE = 20;

export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (page: number) => [...webhookKeys.lists(), page] as const,
  detail: (id: number) => [...webhookKeys.all, 'detail', id] as const,
  deliveries: (id: number) => [...webhookKeys.all, 'deliveries', id] as const,
};

/** The endpoints registered in the caller's subtree, newest first. */
export async function getWebhooks(page: number, signal?: AbortSignal): Promise<WebhookPage> {
  return unwrap(await api.GET('/api/v1/webhooks', { params: { query: { page, size: PAGE_SIZE, sort: '-createdAt' } }, signal }));
}

export function useWebhooks(page: number) {
  return useQuery(
    queryOptions({
      queryKey: webhookKeys.list(page),
      queryFn: ({ signal }) => getWebhooks(page, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
