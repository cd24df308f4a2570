import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type ApiClient = components['schemas']['ThirdPartyClient'];
export type ApiClientPage = components['schemas']['ApiClientPage'];
export type ApiClientRequest = components['schemas']['ApiClientRequest'];
export type ApiClientCredentials = components['schemas']['ApiClientCredentials'];

export const SCOPES = ['read', 'deliverables:write', 'audit:read'] as const;

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

export async function createApiClient(body: ApiClientRequest): Promise<ApiClientCredentials> {
  return unwrap(await api.POST('/api/v1/api-clients', { body }));
}

export async function disableApiClient({ id, version }: { id: number; version: number }): Promise<ApiClient> {
  return unwrap(await api.POST('/api/v1/api-clients/{id}/disable', { params: { path: { id } }, body: { version } }));
}

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}

export function useDisableApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableApiClient,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}
