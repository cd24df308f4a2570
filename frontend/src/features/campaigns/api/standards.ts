import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Standard = components['schemas']['Standard'];
export type StandardRequest = components['schemas']['StandardRequest'];

export async function getStandards(campaignId: number, signal?: AbortSignal): Promise<Standard[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/standards', {
      params: { path: { campaignId }, query: { sort: 'seq', size: 100 } },
      signal,
    }),
  );
  return page.items;
}

export function useStandards(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.part(campaignId, 'standards'),
      queryFn: ({ signal }) => getStandards(campaignId, signal),
    }),
  );
}

/** One standard as it is now (after a stale version). */
export async function getStandard(campaignId: number, id: number): Promise<Standard> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/standards/{id}', { params: { path: { campaignId, id } } }));
}

export function useCreateStandard(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StandardRequest) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/standards', { params: { path: { campaignId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'standards') }),
  });
}

export function useUpdateStandard(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: StandardRequest }) =>
      unwrap(
        await api.PUT('/api/v1/campaigns/{campaignId}/standards/{id}', { params: { path: { campaignId, id } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'standards') }),
  });
}

export function useDeleteStandard(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/standards/{id}', { params: { path: { campaignId, id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'standards') }),
  });
}
