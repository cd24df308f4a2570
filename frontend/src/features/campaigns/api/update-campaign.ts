import { api, unwrap } from '@/lib/api-client';
import { useCampaignMutation } from './campaign-mutation';
import type { CampaignRequest } from './create-campaign';
import type { Campaign } from './get-campaigns';

export async function updateCampaign({ id, body }: { id: number; body: CampaignRequest }): Promise<Campaign> {
  return unwrap(await api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body }));
}

export function useUpdateCampaign() {
  return useCampaignMutation(updateCampaign);
}
