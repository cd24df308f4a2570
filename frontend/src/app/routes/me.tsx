import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { MyAccount } from '@/features/me/components/my-account';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function MeRoute() {
  const access = accessOf(useSession());
  const navigate = useNavigate();
  return <MyAccount canUseTotp={access.canUseTotp} onSignedOut={() => void navigate(paths.login.href(), { replace: true })} />;
}
