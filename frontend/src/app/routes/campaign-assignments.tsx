import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { AssignmentDesk } from '@/features/scoring/components/assignment-desk';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function assessmentHrefs(id: number) {
  return { campaign: paths.campaign.href(id), assignments: paths.campaignAssignments.href(id), results: paths.campaignResults.href(id) };
}

export function CampaignAssignmentsRoute() {
  const access = accessOf(useSession());
  const id = Number(useParams().id);
  if (!access.canAssess) return <Navigate to={paths.home.href()} replace />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to={paths.campaigns.href()} replace />;
  return <AssignmentDesk key={id} campaignId={id} hrefs={assessmentHrefs(id)} />;
}
