import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys, type Campaign } from './get-campaigns';

/** A write answered with the campaign: its cache takes the answer, and the lists are read again. */
export function useCampaignMutation<V>(fn: (v: V) => Promise<Campaign>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
