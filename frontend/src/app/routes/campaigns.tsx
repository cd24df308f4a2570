import { Navigate, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { CampaignList } from '@/features/campaigns/components/campaign-list';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function CampaignsRoute() {
  const access = accessOf(useSession());
  const navigate = useNavigate();
  if (!access.canListCampaigns) return <Navigate to={paths.home.href()} replace />;
  return (
    <CampaignList
      detailHref={(id) => paths.campaign.href(id)}
      canCreate={access.canManageCampaigns}
      onCreated={(campaign) => void navigate(paths.campaign.href(campaign.id))}
      canSeeAdoptable={access.canSeeAdoptions}
      canAdopt={access.canAdoptCampaigns}
      onAdopted={(plan) => void navigate(paths.campaign.href(plan.id))}
    />
  );
}
