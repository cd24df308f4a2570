import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { AssignedBranches } from '@/features/scoring/components/assigned-branches';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ScoringRoute() {
  const access = accessOf(useSession());
  if (!access.canScore) return <Navigate to={paths.home.href()} replace />;
  return <AssignedBranches formHref={(campaignId, branchId) => paths.scoresheet.href(campaignId, branchId)} />;
}
