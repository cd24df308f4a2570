import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { getLeadingGroupQueryOptions, type LeadingGroup } from './get-leading-group';

/** The group is replaced as a whole list, with the version read. */
export async function replaceLeadingGroup(campaignId: number, branchId: number, body: LeadingGroup): Promise<LeadingGroup> {
  return unwrap(
    await api.PUT('/api/v1/campaigns/{campaignId}/branches/{branchId}/leading-group', {
      params: { path: { campaignId, branchId } },
      body,
    }),
  );
}

export function useReplaceLeadingGroup(campaignId: number, branchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadingGroup) => replaceLeadingGroup(campaignId, branchId, body),
    onSuccess: (group) => queryClient.setQueryData(getLeadingGroupQueryOptions(campaignId, branchId).queryKey, group),
  });
}
