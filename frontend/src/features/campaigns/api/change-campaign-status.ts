import { activateCampaign } from './activate-campaign';
import { useCampaignMutation } from './campaign-mutation';
import { closeCampaign } from './close-campaign';

export type StatusAction = 'activate' | 'close';

export function useChangeCampaignStatus() {
  return useCampaignMutation(({ action, ...change }: { id: number; action: StatusAction; version: number }) =>
    action === 'activate' ? activateCampaign(change) : closeCampaign(change),
  );
}
