import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { apiClientKeys, type ApiClient } from './get-api-clients';

export async function disableApiClient({ id, version }: { id: number; version: number }): Promise<ApiClient> {
  return unwrap(await api.POST('/api/v1/api-clients/{id}/disable', { params: { path: { id } }, body: { version } }));
}

export function useDisableApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableApiClient,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}
