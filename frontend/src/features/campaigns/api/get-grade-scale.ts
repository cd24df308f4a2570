import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type GradeScale = components['schemas']['GradeScale'];
export type Grade = components['schemas']['Grade'];

/** The campaign's grades and their minimum totals. */
export async function getGradeScale(campaignId: number, signal?: AbortSignal): Promise<GradeScale> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/grade-thresholds', { params: { path: { campaignId } }, signal }));
}

export function getGradeScaleQueryOptions(campaignId: number) {
  return queryOptions({
    queryKey: campaignKeys.part(campaignId, 'grades'),
    queryFn: ({ signal }) => getGradeScale(campaignId, signal),
  });
}

export function useGradeScale(campaignId: number) {
  return useQuery(getGradeScaleQueryOptions(campaignId));
}
