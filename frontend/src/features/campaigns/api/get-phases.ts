import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Phase = components['schemas']['Phase'];

export async function getPhases(campaignId: number, signal?: AbortSignal): Promise<Phase[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/phases', {
      params: { path: { campaignId }, query: { sort: 'seq', size: 100 } },
      signal,
    }),
  );
  return page.items;
}

export function getPhasesQueryOptions(campaignId: number) {
  return queryOptions({
    queryKey: campaignKeys.part(campaignId, 'phases'),
    queryFn: ({ signal }) => getPhases(campaignId, signal),
  });
}

export function usePhases(campaignId: number | undefined) {
  return useQuery({ ...getPhasesQueryOptions(campaignId ?? 0), enabled: (campaignId ?? 0) > 0 });
}
