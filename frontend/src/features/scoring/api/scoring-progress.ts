import { useQuery } from '@tanstack/react-query';
import { scoringKeys } from './keys';
import { listAssignments } from './list-assignments';
import { listScoresheets } from './list-scoresheets';

export type ScoringProgress = {
  /** Scoresheets expected: one per assessor assignment */
  expected: number;
  submitted: number;
  drafts: number;
};

/**
 * How far scoring has come, from the totals the lists already count (three one-row pages, however many
 * assignments there are). Every scoresheet belongs to an assignment: unassigning removes a draft and is
 * refused once the sheet is submitted.
 */
export async function getScoringProgress(campaignId: number, signal?: AbortSignal): Promise<ScoringProgress> {
  const [assignments, submitted, drafts] = await Promise.all([
    listAssignments(campaignId, { size: 1 }, signal),
    listScoresheets(campaignId, { size: 1, status: 'SUBMITTED' }, signal),
    listScoresheets(campaignId, { size: 1, status: 'DRAFT' }, signal),
  ]);
  return { expected: assignments.total, submitted: submitted.total, drafts: drafts.total };
}

export function useScoringProgress(campaignId: number) {
  return useQuery({
    queryKey: scoringKeys.progress(campaignId),
    queryFn: ({ signal }) => getScoringProgress(campaignId, signal),
  });
}
