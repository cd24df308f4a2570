import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { standardKeys } from './get-standards';

export async function deleteStandard({ campaignId, id }: { campaignId: number; id: number }): Promise<void> {
  unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/standards/{id}', { params: { path: { campaignId, id } } }));
}

export function useDeleteStandard(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteStandard({ campaignId, id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardKeys(campaignId) }),
  });
}
