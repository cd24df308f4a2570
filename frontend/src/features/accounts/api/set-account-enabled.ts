import { useAccountChange } from './account-write';
import { disableAccount } from './disable-account';
import { enableAccount, type AccountChange } from './enable-account';
import type { Account } from './get-accounts';

export async function setAccountEnabled({ enabled, ...target }: AccountChange & { enabled: boolean }): Promise<Account> {
  return enabled ? enableAccount(target) : disableAccount(target);
}

export function useSetAccountEnabled() {
  return useAccountChange(setAccountEnabled);
}
