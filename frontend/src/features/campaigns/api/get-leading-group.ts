import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type LeadingGroup = components['schemas']['LeadingGroup'];
export type LeadingGroupMember = components['schemas']['LeadingGroupMember'];
export type LeadingGroupRole = components['schemas']['LeadingGroupRole'];

export const LEADING_GROUP_ROLES: LeadingGroupRole[] = ['LEADER', 'DEPUTY', 'MEMBER'];

export async function getLeadingGroup(campaignId: number, branchId: number, signal?: AbortSignal): Promise<LeadingGroup> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/branches/{branchId}/leading-group', {
      params: { path: { campaignId, branchId } },
      signal,
    }),
  );
}

export function getLeadingGroupQueryOptions(campaignId: number, branchId: number) {
  return queryOptions({
    queryKey: campaignKeys.part(campaignId, 'leading-group', branchId),
    queryFn: ({ signal }) => getLeadingGroup(campaignId, branchId, signal),
  });
}

export function useLeadingGroup(campaignId: number, branchId: number) {
  return useQuery(getLeadingGroupQueryOptions(campaignId, branchId));
}
