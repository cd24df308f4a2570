import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useAccountSave } from './account-write';
import type { Account } from './get-accounts';

export type AccountCreateRequest = components['schemas']['AccountCreateRequest'];

export async function createAccount(body: AccountCreateRequest): Promise<Account> {
  return unwrap(await api.POST('/api/v1/accounts', { body }));
}

export function useCreateAccount() {
  return useAccountSave(createAccount);
}
