import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type DeliverableType = components['schemas']['DeliverableType'];
export type DeliverableTypeRequest = components['schemas']['DeliverableTypeRequest'];
export type FieldDefinition = components['schemas']['FieldDefinition'];
export type FieldType = components['schemas']['FieldType'];

export const FIELD_TYPES: FieldType[] = ['TEXT', 'TEXTAREA', 'DATE', 'NUMBER', 'LIST'];

export async function getDeliverableTypes(campaignId: number, signal?: AbortSignal): Promise<DeliverableType[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/deliverable-types', {
      params: { path: { campaignId }, query: { sort: 'seq', size: 100 } },
      signal,
    }),
  );
  return page.items;
}

export function getDeliverableTypesQueryOptions(campaignId: number) {
  return queryOptions({
    queryKey: campaignKeys.part(campaignId, 'deliverable-types'),
    queryFn: ({ signal }) => getDeliverableTypes(campaignId, signal),
  });
}

export function useDeliverableTypes(campaignId: number | undefined) {
  return useQuery({ ...getDeliverableTypesQueryOptions(campaignId ?? 0), enabled: (campaignId ?? 0) > 0 });
}

/** One deliverable type as it is now (after a stale version). */
export async function getDeliverableType(campaignId: number, id: number): Promise<DeliverableType> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverable-types/{id}', { params: { path: { campaignId, id } } }));
}

function useTypesMutation<V, R>(campaignId: number, fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getDeliverableTypesQueryOptions(campaignId).queryKey }),
  });
}

export function useCreateDeliverableType(campaignId: number) {
  return useTypesMutation(campaignId, async (body: DeliverableTypeRequest) =>
    unwrap(await api.POST('/api/v1/campaigns/{campaignId}/deliverable-types', { params: { path: { campaignId } }, body })),
  );
}

export function useUpdateDeliverableType(campaignId: number) {
  return useTypesMutation(campaignId, async ({ id, body }: { id: number; body: DeliverableTypeRequest }) =>
    unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/deliverable-types/{id}', { params: { path: { campaignId, id } }, body })),
  );
}

/** Refused with 409 DELIVERABLE_TYPE_IN_USE once deliverables of the type exist. */
export function useDeleteDeliverableType(campaignId: number) {
  return useTypesMutation(campaignId, async (id: number) =>
    unwrap(await api.DELETE('/api/v1/campaigns/{campaignId}/deliverable-types/{id}', { params: { path: { campaignId, id } } })),
  );
}
