import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useAccountChange } from './account-write';
import type { AccountChange } from './enable-account';

export type TemporaryPassword = components['schemas']['TemporaryPassword'];

export async function resetAccountPassword({ id, version }: AccountChange): Promise<TemporaryPassword> {
  return unwrap(await api.POST('/api/v1/accounts/{id}/reset-password', { params: { path: { id } }, body: { version } }));
}

export function useResetAccountPassword() {
  return useAccountChange(resetAccountPassword);
}
