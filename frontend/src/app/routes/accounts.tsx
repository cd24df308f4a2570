import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { AccountList } from '@/features/accounts/components/account-list';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function AccountsRoute() {
  const access = accessOf(useSession());
  if (!access.canManageAccounts) return <Navigate to={paths.home.href()} replace />;
  return <AccountList apiClientsHref={paths.apiClients.href()} webhooksHref={paths.webhooks.href()} />;
}
