import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { SiteVisits } from '@/features/campaigns/components/site-visits';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function SiteVisitsRoute() {
  const access = accessOf(useSession());
  if (!(access.isAdmin || access.isViewer)) return <Navigate to={paths.home.href()} replace />;
  return <SiteVisits canRecord={access.isAdmin} />;
}
