import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { WebhookList } from '@/features/webhooks/components/webhook-list';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function WebhooksRoute() {
  const access = accessOf(useSession());
  if (!access.canManageAccounts) return <Navigate to={paths.home.href()} replace />;
  return <WebhookList />;
}
