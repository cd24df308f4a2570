import { api, unwrap } from '@/lib/api-client';
import type { Campaign } from './get-campaigns';

export async function activateCampaign({ id, version }: { id: number; version: number }): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns/{id}/activate', { params: { path: { id } }, body: { version } }));
}
