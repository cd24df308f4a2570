import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type DeliverableType = components['schemas']['DeliverableType'];
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
