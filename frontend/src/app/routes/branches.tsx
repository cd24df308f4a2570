import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { BranchList } from '@/features/branches/components/branch-list';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function BranchesRoute() {
  const access = accessOf(useSession());
  if (!access.canListBranches) return <Navigate to={paths.home.href()} replace />;
  return <BranchList canManage={access.canManageBranches} detailHref={(id) => paths.branch.href(id)} printHref={paths.print.href()} />;
}
