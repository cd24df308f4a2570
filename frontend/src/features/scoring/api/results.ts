import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ApiError } from '@/lib/problem';
import { scoringKeys } from './assignments';

export type BranchResult = components['schemas']['BranchResult'];
export type ResultPage = components['schemas']['ResultPage'];

/** A page of the campaign's ranking, best first (committee staff always; everyone else once published). */
export async function getRanking(campaignId: number, size: number, signal?: AbortSignal): Promise<ResultPage> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/results', { params: { path: { campaignId }, query: { size, sort: 'rank' } }, signal }),
  );
}

export function useRanking(campaignId: number, size: number, enabled = true) {
  return useQuery({
    queryKey: [...scoringKeys.all, 'ranking', campaignId, size] as const,
    queryFn: ({ signal }) => getRanking(campaignId, size, signal),
    enabled,
  });
}

/** The refusal the server gives before results are published: an expected state, not a failure. */
export function isNotPublished(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === 'RESULTS_NOT_PUBLISHED';
}
