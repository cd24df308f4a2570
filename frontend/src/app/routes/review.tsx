import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { ReviewQueue } from '@/features/campaigns/components/review-queue';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function ReviewRoute() {
  const access = accessOf(useSession());
  if (!access.canReviewDeliverables) return <Navigate to={paths.home.href()} replace />;
  return <ReviewQueue detailHref={(campaignId, id) => paths.deliverable.href(campaignId, id)} />;
}
