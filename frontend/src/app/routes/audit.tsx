import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { AuditLog } from '@/features/audit/components/audit-log';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function AuditRoute() {
  const access = accessOf(useSession());
  if (!access.canReadAudit) return <Navigate to={paths.home.href()} replace />;
  return <AuditLog />;
}
