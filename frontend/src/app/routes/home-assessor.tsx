import { paths } from '@/config/paths';
import { AssignedBranches } from '@/features/scoring/components/assigned-branches';

/** An assessor's home: the branches to score. */
export function AssessorHome() {
  return <AssignedBranches formHref={(campaignId, branchId) => paths.scoresheet.href(campaignId, branchId)} />;
}
