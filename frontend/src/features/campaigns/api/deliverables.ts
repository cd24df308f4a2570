import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Deliverable = components['schemas']['Deliverable'];
export type DeliverableSummary = components['schemas']['DeliverableSummary'];
export type DeliverableStatus = components['schemas']['DeliverableStatus'];
export type DeliverableEdit = components['schemas']['DeliverableEdit'];
export type DeliverableListParams = NonNullable<operations['listDeliverables']['parameters']['query']>;

const listKey = (campaignId: number) => campaignKeys.part(campaignId, 'deliverables');

export function useDeliverables(campaignId: number, query: DeliverableListParams) {
  return useQuery(
    queryOptions({
      queryKey: [...listKey(campaignId), 'list', query],
      queryFn: async ({ signal }) =>
        unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverables', { params: { path: { campaignId }, query }, signal })),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useDeliverable(campaignId: number, id: number) {
  return useQuery(
    queryOptions({
      queryKey: [...listKey(campaignId), 'detail', id],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}', { params: { path: { campaignId, id } }, signal }),
        ),
    }),
  );
}

type Action =
  | { kind: 'save'; body: DeliverableEdit }
  | { kind: 'submit'; version: number; addressedFixItems?: number[] }
  | { kind: 'accept'; version: number }
  | { kind: 'return'; version: number; reason: string; fixItems: string[] }
  | { kind: 'upload'; version: number; file: File };

/** Every write on a deliverable; each answers with its new state, and the lists are read again. */
export function useDeliverableAction(campaignId: number, id: number) {
  const queryClient = useQueryClient();
  const path = { params: { path: { campaignId, id } } };
  return useMutation({
    mutationFn: async (action: Action): Promise<unknown> => {
      switch (action.kind) {
        case 'save':
          return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/deliverables/{id}', { ...path, body: action.body }));
        case 'submit':
          return unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/submit', {
              ...path,
              body: { version: action.version, addressedFixItems: action.addressedFixItems },
            }),
          );
        case 'accept':
          return unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/accept', { ...path, body: { version: action.version } }),
          );
        case 'return':
          return unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/return', {
              ...path,
              body: { version: action.version, reason: action.reason, fixItems: action.fixItems },
            }),
          );
        case 'upload': {
          const form = new FormData();
          form.append('file', action.file);
          form.append('version', String(action.version));
          return unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments', {
              ...path,
              // openapi-fetch sends FormData as it is; the browser sets the multipart boundary.
              body: form as unknown as { file?: string; version?: number },
              bodySerializer: (b: unknown) => b as FormData,
            }),
          );
        }
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(campaignId) }),
  });
}

export type DeliverableChanges = components['schemas']['DeliverableChanges'];

/** What changed since the last return (only for a deliverable that was returned before). */
export function useDeliverableChanges(campaignId: number, id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...listKey(campaignId), 'changes', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/changes', { params: { path: { campaignId, id } }, signal }),
      ),
    enabled,
  });
}
