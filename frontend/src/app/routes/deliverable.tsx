import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { DeliverableDetail } from '@/features/campaigns/components/deliverable-detail';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function DeliverableRoute() {
  const access = accessOf(useSession());
  const params = useParams();
  const campaignId = Number(params.campaignId);
  const id = Number(params.id);
  if (!(campaignId > 0) || !(id > 0)) return <Navigate to={paths.home.href()} replace />;
  return (
    <DeliverableDetail
      key={`${campaignId}-${id}`}
      campaignId={campaignId}
      id={id}
      canEdit={access.isBranch}
      canReview={access.canReviewDeliverables}
    />
  );
}
