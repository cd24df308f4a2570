import { api, unwrap } from '@/lib/api-client';
import type { AccountChange } from './enable-account';
import type { Account } from './get-accounts';

export async function disableAccount({ id, version }: AccountChange): Promise<Account> {
  return unwrap(await api.POST('/api/v1/accounts/{id}/disable', { params: { path: { id } }, body: { version } }));
}
