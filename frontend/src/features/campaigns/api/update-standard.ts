import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { StandardRequest } from './create-standard';
import { standardKeys, type Standard } from './get-standards';

type Input = { campaignId: number; id: number; body: StandardRequest };

export async function updateStandard({ campaignId, id, body }: Input): Promise<Standard> {
  return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/standards/{id}', { params: { path: { campaignId, id } }, body }));
}

export function useUpdateStandard(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: StandardRequest }) => updateStandard({ campaignId, id, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardKeys(campaignId) }),
  });
}
