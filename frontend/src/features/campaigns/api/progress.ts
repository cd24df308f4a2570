import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type CampaignProgress = components['schemas']['CampaignProgress'];
export type PhaseProgress = components['schemas']['PhaseProgress'];
export type ProgressState = components['schemas']['ProgressState'];

/** The phases' totals and every branch's row (13 branches fit one page of 100). */
export function useCampaignProgress(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.part(campaignId, 'progress'),
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/api/v1/campaigns/{campaignId}/progress', {
            params: { path: { campaignId }, query: { size: 100 } },
            signal,
          }),
        ),
    }),
  );
}
