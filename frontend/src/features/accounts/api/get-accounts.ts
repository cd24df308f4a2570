import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type Account = components['schemas']['Account'];
export type AccountPage = components['schemas']['AccountPage'];
export type AccountListParams = NonNullable<operations['listAccounts']['parameters']['query']>;

export const ROLES = ['ADMIN', 'ASSESSOR', 'BRANCH', 'VIEWER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export async function getAccounts(query: AccountListParams, signal?: AbortSignal): Promise<AccountPage> {
  return unwrap(await api.GET('/api/v1/accounts', { params: { query }, signal }));
}

export const accountKeys = {
  all: ['accounts'] as const,
  lists: () => [...accountKeys.all, 'list'] as const,
  list: (query: AccountListParams) => [...accountKeys.lists(), query] as const,
  detail: (id: number) => [...accountKeys.all, 'detail', id] as const,
};

export function getAccountsQueryOptions(query: AccountListParams) {
  return queryOptions({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => getAccounts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccounts(query: AccountListParams) {
  return useQuery(getAccountsQueryOptions(query));
}
