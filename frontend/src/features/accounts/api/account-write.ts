import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountKeys, type Account } from './get-accounts';

/** A change of an account's state: every read of accounts is made again, also after a refusal (a stale version). */
export function useAccountChange<Variables, Result>(change: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }) });
}

/** A save answered with the account: its cache takes the answer, and the lists are read again. */
export function useAccountSave<Variables>(save: (variables: Variables) => Promise<Account>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (account) => {
      queryClient.setQueryData(accountKeys.detail(account.id), account);
      return queryClient.invalidateQueries({ queryKey: accountKeys.lists() });
    },
  });
}
