import { api, unwrap } from '@/lib/api-client';
import type { Standard } from './get-standards';

/** One standard as it is now (after a stale version). */
export async function getStandard(campaignId: number, id: number): Promise<Standard> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/standards/{id}', { params: { path: { campaignId, id } } }));
}
