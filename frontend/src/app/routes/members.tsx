import { useParams } from 'react-router';
import { MemberRegister } from '@/features/members/components/member-register';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { NotFoundRoute } from './not-found';

/** A branch's member register: a branch chair's own (/members), or any branch's for staff and leadership. */
export function MembersRoute() {
  const { id } = useParams();
  const session = useSession();
  const access = accessOf(session);
  const branchId = id === undefined ? session?.branchId : Number(id);
  if (branchId == null || !Number.isInteger(branchId) || branchId <= 0) return <NotFoundRoute />;
  const own = access.isBranch && session?.branchId === branchId;
  return <MemberRegister branchId={branchId} canEdit={access.isAdmin || own} />;
}
