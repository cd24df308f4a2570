import { api, unwrap } from '@/lib/api-client';
import type { Account } from './get-accounts';

export type AccountChange = { id: number; version: number };

export async function enableAccount({ id, version }: AccountChange): Promise<Account> {
  return unwrap(await api.POST('/api/v1/accounts/{id}/enable', { params: { path: { id } }, body: { version } }));
}
