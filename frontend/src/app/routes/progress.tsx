import { Navigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { ProgressDashboard } from '@/features/campaigns/components/progress-dashboard';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ProgressRoute() {
  const access = accessOf(useSession());
  const [params] = useSearchParams();
  if (!access.canListCampaigns) return <Navigate to={paths.home.href()} replace />;
  return <ProgressDashboard campaignId={Number(params.get('campaign')) || undefined} />;
}
