import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { BranchMaterials } from '@/features/campaigns/components/branch-materials';
import { ScoringPage } from '@/features/scoring/components/scoring-page';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ScoresheetRoute() {
  const access = accessOf(useSession());
  const params = useParams();
  const campaignId = Number(params.campaignId);
  const branchId = Number(params.branchId);
  if (!access.canScore) return <Navigate to={paths.home.href()} replace />;
  return (
    <ScoringPage
      key={`${campaignId}-${branchId}`}
      campaignId={campaignId}
      branchId={branchId}
      backHref={paths.scoring.href()}
      materials={<BranchMaterials campaignId={campaignId} branchId={branchId} />}
    />
  );
}
