import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type ApiClient = components['schemas']['ThirdPartyClient'];
export type ApiClientPage = components['schemas']['ApiClientPage'];

export const apiClientKeys = {
  all: ['api-clients'] as const,
  list: (page: number) => [...apiClientKeys.all, 'list', page] as const,
};

export async function getApiClients(page: number, signal?: AbortSignal): Promise<ApiClientPage> {
  return unwrap(await api.GET('/api/v1/api-clients', { params: { query: { page, size: 20, sort: '-createdAt' } }, signal }));
}

export function useApiClients(page: number) {
  return useQuery(
    queryOptions({
      queryKey: apiClientKeys.list(page),
      queryFn: ({ signal }) => getApiClients(page, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
