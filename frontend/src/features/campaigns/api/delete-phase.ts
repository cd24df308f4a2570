import { api, unwrap } from '@/lib/api-client';
import { usePhaseListChange } from './phase-list-change';

export async function deletePhase(campaignId: number, id: number): Promise<void> {
  unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/phases/{id}', { params: { path: { campaignId, id } } }));
}

export function useDeletePhase(campaignId: number) {
  return usePhaseListChange(campaignId, (id: number) => deletePhase(campaignId, id));
}
