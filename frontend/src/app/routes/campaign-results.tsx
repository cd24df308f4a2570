import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ResultsDesk } from '@/features/scoring/components/results-desk';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { assessmentHrefs } from './campaign-assignments';

export function CampaignResultsRoute() {
  const access = accessOf(useSession());
  const id = Number(useParams().id);
  if (!access.canAssess) return <Navigate to={paths.home.href()} replace />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to={paths.campaigns.href()} replace />;
  return <ResultsDesk key={id} campaignId={id} hrefs={assessmentHrefs(id)} />;
}
