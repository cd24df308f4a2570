import { api, unwrap } from '@/lib/api-client';
import type { Campaign } from './get-campaigns';

export async function closeCampaign({ id, version }: { id: number; version: number }): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns/{id}/close', { params: { path: { id } }, body: { version } }));
}
