import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useAccountSave } from './account-write';
import type { Account } from './get-accounts';

export type AccountUpdateRequest = components['schemas']['AccountUpdateRequest'];

export async function updateAccount({ id, body }: { id: number; body: AccountUpdateRequest }): Promise<Account> {
  return unwrap(await api.PUT('/api/v1/accounts/{id}', { params: { path: { id } }, body }));
}

export function useUpdateAccount() {
  return useAccountSave(updateAccount);
}
