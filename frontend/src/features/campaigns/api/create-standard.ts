import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { standardKeys, type Standard } from './get-standards';

export type StandardRequest = components['schemas']['StandardRequest'];

export async function createStandard({ campaignId, body }: { campaignId: number; body: StandardRequest }): Promise<Standard> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/standards', { params: { path: { campaignId } }, body }));
}

export function useCreateStandard(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StandardRequest) => createStandard({ campaignId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardKeys(campaignId) }),
  });
}
