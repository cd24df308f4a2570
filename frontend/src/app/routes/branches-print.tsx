import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { BranchPrint } from '@/features/branches/components/branch-print';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function BranchesPrintRoute() {
  const access = accessOf(useSession());
  if (!access.canListBranches) return <Navigate to={paths.home.href()} replace />;
  return <BranchPrint />;
}
