import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { allPages } from '@/lib/all-pages';
import { scoringKeys } from './keys';

export type AssessorLoad = components['schemas']['AssessorLoad'];

/** Every assessor with how many branches they have in the campaign and how many they have submitted. */
export async function listAssessorLoad(campaignId: number, signal?: AbortSignal): Promise<AssessorLoad[]> {
  return allPages(async (page) =>
    unwrap(
      await api.GET('/api/v1/campaigns/{campaignId}/assignments/assessors', {
        params: { path: { campaignId }, query: { sort: 'username', page, size: 100 } },
        signal,
      }),
    ),
  );
}

export function useAssessorLoad(campaignId: number) {
  return useQuery(queryOptions({ queryKey: scoringKeys.load(campaignId), queryFn: ({ signal }) => listAssessorLoad(campaignId, signal) }));
}
