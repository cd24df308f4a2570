import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { ProgressDashboard } from '@/features/campaigns/components/progress-dashboard';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ProgressRoute() {
  const access = accessOf(useSession());
  if (!access.canListCampaigns) return <Navigate to={paths.home.href()} replace />;
  return <ProgressDashboard />;
}
