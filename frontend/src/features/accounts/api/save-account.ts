import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { accountKeys, type Account } from './get-accounts';

export type AccountCreateRequest = components['schemas']['AccountCreateRequest'];
export type AccountUpdateRequest = components['schemas']['AccountUpdateRequest'];

export async function createAccount(body: AccountCreateRequest): Promise<Account> {
  return unwrap(await api.POST('/api/v1/accounts', { body }));
}

export async function updateAccount({ id, body }: { id: number; body: AccountUpdateRequest }): Promise<Account> {
  return unwrap(await api.PUT('/api/v1/accounts/{id}', { params: { path: { id } }, body }));
}

function useInvalidateAccounts() {
  const queryClient = useQueryClient();
  return (account: Account) => {
    queryClient.setQueryData(accountKeys.detail(account.id), account);
    return queryClient.invalidateQueries({ queryKey: accountKeys.lists() });
  };
}

export function useCreateAccount() {
  const onSuccess = useInvalidateAccounts();
  return useMutation({ mutationFn: createAccount, onSuccess });
}

export function useUpdateAccount() {
  const onSuccess = useInvalidateAccounts();
  return useMutation({ mutationFn: updateAccount, onSuccess });
}
