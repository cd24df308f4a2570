import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Assignment } from './assignments';
import { allPages, deskKeys } from './desk-keys';

/** Every assignment of the campaign (committee staff see them all), by branch. */
export async function listCampaignAssignments(campaignId: number, signal?: AbortSignal): Promise<Assignment[]> {
  return allPages(async (page) =>
    unwrap(
      await api.GET('/api/v1/campaigns/{campaignId}/assignments', {
        params: { path: { campaignId }, query: { sort: 'branchCode', page, size: 100 } },
        signal,
      }),
    ),
  );
}

export function useCampaignAssignments(campaignId: number) {
  return useQuery(
    queryOptions({ queryKey: deskKeys.assignments(campaignId), queryFn: ({ signal }) => listCampaignAssignments(campaignId, signal) }),
  );
}
