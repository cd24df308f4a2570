import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { BranchDetail } from '@/features/branches/components/branch-detail';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { NotFoundRoute } from './not-found';

export function BranchRoute() {
  const { id } = useParams();
  const access = accessOf(useSession());
  const branchId = Number(id);
  if (!Number.isInteger(branchId) || branchId <= 0) return <NotFoundRoute />;
  return (
    <BranchDetail
      id={branchId}
      canManage={access.canManageBranches}
      membersHref={access.isAdmin || access.isViewer ? paths.branchMembers.href(branchId) : undefined}
      backHref={access.canListBranches ? paths.branches.href() : paths.home.href()}
    />
  );
}
