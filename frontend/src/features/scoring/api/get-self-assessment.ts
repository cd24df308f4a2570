import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ApiError } from '@/lib/problem';
import { scoringKeys } from './keys';

export type SelfAssessment = components['schemas']['SelfAssessment'];
export type SelfScoreInput = components['schemas']['SelfScoreInput'];

/** The branch's self-assessment, or null before its first save (the API answers 404 until then). */
export async function getSelfAssessment(campaignId: number, branchId: number, signal?: AbortSignal): Promise<SelfAssessment | null> {
  try {
    return unwrap(
      await api.GET('/api/v1/campaigns/{campaignId}/self-assessments/{branchId}', {
        params: { path: { campaignId, branchId } },
        signal,
      }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useSelfAssessment(campaignId: number | undefined, branchId: number) {
  return useQuery({
    ...queryOptions({
      queryKey: scoringKeys.selfAssessment(campaignId ?? 0, branchId),
      queryFn: ({ signal }) => getSelfAssessment(campaignId ?? 0, branchId, signal),
    }),
    enabled: Boolean(campaignId),
  });
}
