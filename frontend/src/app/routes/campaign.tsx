import { Navigate, useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { CampaignDetail } from '@/features/campaigns/components/campaign-detail';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function CampaignRoute() {
  const access = accessOf(useSession());
  const navigate = useNavigate();
  const id = Number(useParams().id);
  if (!access.canListCampaigns) return <Navigate to={paths.home.href()} replace />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to={paths.campaigns.href()} replace />;
  return (
    <CampaignDetail
      key={id}
      id={id}
      canManage={access.canManageCampaigns}
      onCopied={(copy) => void navigate(paths.campaign.href(copy.id ?? 0))}
    />
  );
}
