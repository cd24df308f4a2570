import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PhaseRequest } from './create-phase';
import { campaignKeys } from './get-campaigns';
import type { Phase } from './get-phases';

export type PhaseUpdate = { id: number; body: PhaseRequest };

export async function updatePhase(campaignId: number, { id, body }: PhaseUpdate): Promise<Phase> {
  return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/phases/{id}', { params: { path: { campaignId, id } }, body }));
}

export function useUpdatePhase(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: PhaseUpdate) => updatePhase(campaignId, update),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'phases') }),
  });
}
