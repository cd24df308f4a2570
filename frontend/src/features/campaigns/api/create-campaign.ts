import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useCampaignMutation } from './campaign-mutation';
import type { Campaign } from './get-campaigns';

export type CampaignRequest = components['schemas']['CampaignRequest'];

export async function createCampaign(body: CampaignRequest): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns', { body }));
}

export function useCreateCampaign() {
  return useCampaignMutation(createCampaign);
}
