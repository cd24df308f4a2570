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

/** Where a page of a campaign's deliverables is kept, for one query. */
export const deliverableListKey = (campaignId: number, query: DeliverableListParams) => [...listKey(campaignId), 'list', query] as const;

export function useDeliverables(campaignId: number, query: DeliverableListParams, enabled = true) {
  return useQuery(
    queryOptions({
      enabled: enabled && campaignId > 0,
      queryKey: deliverableListKey(campaignId, query),
      queryFn: async ({ signal }) =>
        unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverables', { params: { path: { campaignId }, query }, signal })),
      placeholderData: keepPreviousData,
    }),
  );
}

/** The review queue: every submitted deliverable of the campaign, whatever its type. */
export const REVIEW_QUEUE = { status: 'SUBMITTED' } as const;

/** How many deliverables wait in the review queue: the figure a dashboard shows is the queue's own count. */
export function useReviewQueueCount(campaignId: number) {
  const queue = useDeliverables(campaignId, { ...REVIEW_QUEUE, size: 1 });
  return { count: queue.data?.total, isPending: queue.isPending };
}

export function useDeliverable(campaignId: number, id: number) {
  return useQuery(
    queryOptions({
      queryKey: [...listKey(campaignId), 'detail', id],
      queryFn: async ({ signal }) =>
        unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}', { params: { path: { campaignId, id } }, signal })),
    }),
  );
}

export type FixItem = components['schemas']['FixItem'];

/** A key for one intended write: a retry of the same request (a dropped connection) repeats it, never doubles it. */
export function newIdempotencyKey(prefix: string): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- randomUUID exists only in secure contexts (https, localhost)
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

/** A new draft of the caller's branch; `key` is made once per tap, so a retry makes no second draft. */
export function useCreateDeliverable(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ typeId, title, key }: { typeId: number; title: string; key: string }) =>
      unwrap(
        await api.POST('/api/v1/campaigns/{campaignId}/deliverables', {
          params: { path: { campaignId }, header: { 'Idempotency-Key': key } },
          body: { typeId, title },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(campaignId) }),
  });
}

type Action =
  | { kind: 'save'; body: DeliverableEdit }
  | { kind: 'submit'; version: number }
  | { kind: 'fix'; itemId: number; addressed: boolean; note: string; version: number }
  | { kind: 'accept'; version: number }
  | { kind: 'return'; version: number; reason: string; fixItems: string[] }
  | { kind: 'upload'; version: number; file: File; key: string };

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
          // The same submission (this deliverable at this version) always carries the same key.
          return unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/submit', {
              params: { path: { campaignId, id }, header: { 'Idempotency-Key': `submit-${id}-v${action.version}` } },
              body: { version: action.version },
            }),
          );
        case 'fix':
          return unwrap(
            await api.PUT('/api/v1/campaigns/{campaignId}/deliverables/{id}/fix-items/{itemId}', {
              params: { path: { campaignId, id, itemId: action.itemId } },
              body: { addressed: action.addressed, note: action.note, version: action.version },
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
              params: { path: { campaignId, id }, header: { 'Idempotency-Key': action.key } },
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
      unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/changes', { params: { path: { campaignId, id } }, signal })),
    enabled,
  });
}
