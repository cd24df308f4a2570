import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Phase = components['schemas']['Phase'];
export type PhaseRequest = components['schemas']['PhaseRequest'];

export async function getPhases(campaignId: number, signal?: AbortSignal): Promise<Phase[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/phases', {
      params: { path: { campaignId }, query: { sort: 'seq', size: 100 } },
      signal,
    }),
  );
  return page.items;
}

export function getPhasesQueryOptions(campaignId: number) {
  return queryOptions({
    queryKey: campaignKeys.part(campaignId, 'phases'),
    queryFn: ({ signal }) => getPhases(campaignId, signal),
  });
}

export function usePhases(campaignId: number | undefined) {
  return useQuery({ ...getPhasesQueryOptions(campaignId ?? 0), enabled: (campaignId ?? 0) > 0 });
}

export function useUpdatePhase(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: PhaseRequest }) =>
      unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/phases/{id}', { params: { path: { campaignId, id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'phases') }),
  });
}

export function useCreatePhase(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PhaseRequest) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/phases', { params: { path: { campaignId } }, body })),
    // The campaign's current phase may change with a new one.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) }),
  });
}

export function useDeletePhase(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/phases/{id}', { params: { path: { campaignId, id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) }),
  });
}
