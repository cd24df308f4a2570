import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { accountKeys, type Account } from './get-accounts';

export type TemporaryPassword = components['schemas']['TemporaryPassword'];
type Target = { id: number; version: number };

export async function setAccountEnabled({ id, version, enabled }: Target & { enabled: boolean }): Promise<Account> {
  const options = { params: { path: { id } }, body: { version } };
  return unwrap(
    enabled ? await api.POST('/api/v1/accounts/{id}/enable', options) : await api.POST('/api/v1/accounts/{id}/disable', options),
  );
}

export async function resetAccountPassword({ id, version }: Target): Promise<TemporaryPassword> {
  return unwrap(await api.POST('/api/v1/accounts/{id}/reset-password', { params: { path: { id } }, body: { version } }));
}

export function useSetAccountEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAccountEnabled,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useResetAccountPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetAccountPassword,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
