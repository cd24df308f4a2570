import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ScoringPage } from '@/features/scoring/components/scoring-page';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ScoresheetRoute() {
  const access = accessOf(useSession());
  const { campaignId, branchId } = useParams();
  if (!access.canScore) return <Navigate to={paths.home.href()} replace />;
  return (
    <ScoringPage
      key={`${campaignId}-${branchId}`}
      campaignId={Number(campaignId)}
      branchId={Number(branchId)}
      backHref={paths.scoring.href()}
    />
  );
}
