import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { apiClientKeys } from './get-api-clients';

export type ApiClientRequest = components['schemas']['ApiClientRequest'];
export type ApiClientCredentials = components['schemas']['ApiClientCredentials'];

export const SCOPES = ['read', 'deliverables:write', 'audit:read', 'webhooks:manage'] as const;

export async function createApiClient(body: ApiClientRequest): Promise<ApiClientCredentials> {
  return unwrap(await api.POST('/api/v1/api-clients', { body }));
}

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}
