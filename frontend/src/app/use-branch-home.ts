import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { branchKeys } from '@/features/branches/api/get-branches';
import { COMMITTEE_TODAY, OWN_DELIVERABLES } from '@/features/campaigns/api/branch-due';
import { campaignKeys, LIVE_CAMPAIGN } from '@/features/campaigns/api/get-campaigns';
import { todoKeys } from '@/features/me/api/get-my-todos';
import { getDeliverableTypesQueryOptions } from '@/features/campaigns/api/get-deliverable-types';
import { deliverableListKey } from '@/features/campaigns/api/get-deliverables';
import { getLeadingGroupQueryOptions } from '@/features/campaigns/api/get-leading-group';
import { getPhasesQueryOptions } from '@/features/campaigns/api/get-phases';
import { scoringKeys } from '@/features/scoring/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type BranchHomeData = components['schemas']['BranchHome'];

/**
 * Puts each part of the home where the page's own components read it, so they show at once without a request
 * each: the answer is, part by part, what those components' own operations answer.
 */
export function seedBranchHome(queryClient: QueryClient, home: BranchHomeData): void {
  if (home.today) queryClient.setQueryData(COMMITTEE_TODAY, home.today);
  queryClient.setQueryData(todoKeys.mine, home.todos);
  const branchId = home.branch.id;
  if (branchId) queryClient.setQueryData(branchKeys.detail(branchId), home.branch);
  const campaign = home.campaign ?? null;
  queryClient.setQueryData(campaignKeys.list(LIVE_CAMPAIGN), {
    items: campaign ? [campaign] : [],
    page: LIVE_CAMPAIGN.page,
    size: LIVE_CAMPAIGN.size,
    total: campaign ? 1 : 0,
  });
  const campaignId = campaign?.id;
  if (!campaignId || !branchId) return;
  queryClient.setQueryData(getPhasesQueryOptions(campaignId).queryKey, home.phases);
  queryClient.setQueryData(getDeliverableTypesQueryOptions(campaignId).queryKey, home.deliverableTypes);
  if (home.deliverables) queryClient.setQueryData(deliverableListKey(campaignId, OWN_DELIVERABLES), home.deliverables);
  queryClient.setQueryData(scoringKeys.selfAssessment(campaignId, branchId), home.selfAssessment ?? null);
  if (home.leadingGroup) queryClient.setQueryData(getLeadingGroupQueryOptions(campaignId, branchId).queryKey, home.leadingGroup);
}

function branchHomeQueryOptions(queryClient: QueryClient) {
  return queryOptions({
    queryKey: ['me', 'branch-home'],
    queryFn: async ({ signal }) => {
      const home = unwrap(await api.GET('/api/v1/me/home', { signal }));
      seedBranchHome(queryClient, home);
      return home;
    },
  });
}

/** A branch chair's home in one request (a phone on a slow network pays for each round trip). */
export function useBranchHome(enabled = true) {
  const queryClient = useQueryClient();
  return useQuery({ ...branchHomeQueryOptions(queryClient), enabled });
}

/** Asks for the home as soon as a branch account is signed in, while the pages' code is still on its way. */
export function prefetchBranchHome(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(branchHomeQueryOptions(queryClient));
}
