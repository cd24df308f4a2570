import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type Delivery = components['schemas']['Delivery'];
export type DeliveryPage = components['schemas']['DeliveryPage'];
export type DeliveryStatus = components['schemas']['DeliveryStatus'];
export type Channel = components['schemas']['Channel'];
export type DeliveryQuery = NonNullable<operations['listDeliveries']['parameters']['query']>;

export const deliveryKeys = {
  all: ['deliveries'] as const,
  lists: () => [...deliveryKeys.all, 'list'] as const,
  list: (query: DeliveryQuery) => [...deliveryKeys.lists(), query] as const,
};

/** The send log: every message sent by e-mail, SMS or robot to an account of the caller's subtree. */
export async function getDeliveries(query: DeliveryQuery, signal?: AbortSignal): Promise<DeliveryPage> {
  return unwrap(await api.GET('/api/v1/deliveries', { params: { query }, signal }));
}

/** While a send on the page waits for its try, the page is read again now and then to show how it went. */
const WHILE_PENDING = 10_000;

export function useDeliveries(query: DeliveryQuery) {
  return useQuery(
    queryOptions({
      queryKey: deliveryKeys.list(query),
      queryFn: ({ signal }) => getDeliveries(query, signal),
      placeholderData: keepPreviousData,
      refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'PENDING') ? WHILE_PENDING : false),
    }),
  );
}
