import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { scoringKeys } from './keys';

export type Assignment = components['schemas']['Assignment'];
export type AssignmentPage = components['schemas']['AssignmentPage'];
export type AssignmentQuery = NonNullable<operations['listAssignments']['parameters']['query']>;

/** A page of the campaign's assignments (an assessor sees only their own), with the state of each scoresheet. */
export async function listAssignments(campaignId: number, query: AssignmentQuery, signal?: AbortSignal): Promise<AssignmentPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/assignments', { params: { path: { campaignId }, query }, signal }));
}

const items = (page: AssignmentPage) => page.items;

/** The caller's assignments, optionally for one branch. */
export function useAssignments(campaignId: number | undefined, branchId?: number) {
  const query: AssignmentQuery = { branchId, size: 100, sort: 'branchCode' };
  return useQuery({
    queryKey: scoringKeys.assignments(campaignId ?? 0, query),
    queryFn: ({ signal }) => listAssignments(campaignId ?? 0, query, signal),
    select: items,
    enabled: Boolean(campaignId),
  });
}

/** Every assignment of the campaign (committee staff see them all), by branch. */
export function useCampaignAssignments(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: scoringKeys.assignments(campaignId, 'all'),
      queryFn: ({ signal }) => allPages((page) => listAssignments(campaignId, { sort: 'branchCode', page, size: 100 }, signal)),
    }),
  );
}
