import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Standard = components['schemas']['Standard'];

/** The campaign's standards with their indicators, in order (by seq). */
export async function getStandards(campaignId: number, signal?: AbortSignal): Promise<Standard[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/standards', {
      params: { path: { campaignId }, query: { sort: 'seq', size: 100 } },
      signal,
    }),
  );
  return page.items;
}

export const standardKeys = (campaignId: number) => campaignKeys.part(campaignId, 'standards');

export function getStandardsQueryOptions(campaignId: number) {
  return queryOptions({ queryKey: standardKeys(campaignId), queryFn: ({ signal }) => getStandards(campaignId, signal) });
}

export function useStandards(campaignId: number) {
  return useQuery(getStandardsQueryOptions(campaignId));
}
