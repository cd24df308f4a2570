import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useCampaignMutation } from './campaign-mutation';
import type { Campaign } from './get-campaigns';

export type CampaignCopyRequest = components['schemas']['CampaignCopyRequest'];

export async function copyCampaign({ id, body }: { id: number; body: CampaignCopyRequest }): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns/{id}/copy', { params: { path: { id } }, body }));
}

/** A new DRAFT campaign from this one: phases moved to the new start, standards, grades and types copied. */
export function useCopyCampaign() {
  return useCampaignMutation(copyCampaign);
}
