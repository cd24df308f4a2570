import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { accountKeys, type Account } from './get-accounts';

export async function getAccount(id: number, signal?: AbortSignal): Promise<Account> {
  return unwrap(await api.GET('/api/v1/accounts/{id}', { params: { path: { id } }, signal }));
}

export function getAccountQueryOptions(id: number) {
  return queryOptions({ queryKey: accountKeys.detail(id), queryFn: ({ signal }) => getAccount(id, signal) });
}
