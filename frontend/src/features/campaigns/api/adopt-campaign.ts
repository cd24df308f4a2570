import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { adoptableCampaignKeys } from './get-adoptable-campaigns';
import { adoptionKeys } from './get-adoptions';
import { campaignKeys, type Campaign } from './get-campaigns';

export type AdoptionRequest = components['schemas']['AdoptionRequest'];

/** The caller's organisation adopts a running campaign of the organisation above: its plan, a new DRAFT campaign. */
export async function adoptCampaign({ campaignId, body }: { campaignId: number; body: AdoptionRequest }): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/adoptions', { params: { path: { campaignId } }, body }));
}

/**
 * Adopts a campaign: the plan's cache takes the answer; the campaign lists, the campaigns offered for adoption and
 * the adopted campaign's list of adoptions are read again.
 */
export function useAdoptCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptCampaign,
    onSuccess: (plan, { campaignId }) => {
      queryClient.setQueryData(campaignKeys.detail(plan.id), plan);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: campaignKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: adoptableCampaignKeys.all }),
        queryClient.invalidateQueries({ queryKey: adoptionKeys.all(campaignId) }),
      ]);
    },
  });
}
