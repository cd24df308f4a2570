import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { BranchResults } from '@/features/scoring/components/branch-results';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ResultsRoute() {
  const session = useSession();
  const access = accessOf(session);
  if (!access.canSeeOwnResults || !session?.branchId) return <Navigate to={paths.home.href()} replace />;
  return <BranchResults branchId={session.branchId} />;
}
