import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiClientList } from '@/features/accounts/components/api-client-list';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ApiClientsRoute() {
  const access = accessOf(useSession());
  if (!access.canManageAccounts) return <Navigate to={paths.home.href()} replace />;
  return <ApiClientList />;
}
