import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { scoringKeys } from './assignments';

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
  const path = { campaignId };
  const [assignments, submitted, drafts] = await Promise.all([
    api.GET('/api/v1/campaigns/{campaignId}/assignments', { params: { path, query: { size: 1 } }, signal }).then(unwrap),
    api
      .GET('/api/v1/campaigns/{campaignId}/scoresheets', { params: { path, query: { size: 1, status: 'SUBMITTED' } }, signal })
      .then(unwrap),
    api.GET('/api/v1/campaigns/{campaignId}/scoresheets', { params: { path, query: { size: 1, status: 'DRAFT' } }, signal }).then(unwrap),
  ]);
  return { expected: assignments.total, submitted: submitted.total, drafts: drafts.total };
}

export function useScoringProgress(campaignId: number) {
  return useQuery({
    queryKey: [...scoringKeys.all, 'progress', campaignId] as const,
    queryFn: ({ signal }) => getScoringProgress(campaignId, signal),
  });
}
