import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { Phase } from './get-phases';
import { usePhaseListChange } from './phase-list-change';

export type PhaseRequest = components['schemas']['PhaseRequest'];

export async function createPhase(campaignId: number, body: PhaseRequest): Promise<Phase> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/phases', { params: { path: { campaignId } }, body }));
}

export function useCreatePhase(campaignId: number) {
  return usePhaseListChange(campaignId, (body: PhaseRequest) => createPhase(campaignId, body));
}
