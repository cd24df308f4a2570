import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Deliverable = components['schemas']['Deliverable'];
export type DeliverableSummary = components['schemas']['DeliverableSummary'];
export type DeliverableStatus = components['schemas']['DeliverableStatus'];
export type DeliverableListParams = NonNullable<operations['listDeliverables']['parameters']['query']>;

/** Every read of a campaign's deliverables (lists, one deliverable, its changes) sits under this key. */
export const deliverablesKey = (campaignId: number) => campaignKeys.part(campaignId, 'deliverables');

/** Where a page of a campaign's deliverables is kept, for one query. */
export const deliverableListKey = (campaignId: number, query: DeliverableListParams) =>
  [...deliverablesKey(campaignId), 'list', query] as const;

export type DeliverablePage = components['schemas']['DeliverablePage'];

export async function getDeliverables(campaignId: number, query: DeliverableListParams, signal?: AbortSignal): Promise<DeliverablePage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/deliverables', { params: { path: { campaignId }, query }, signal }));
}

export function getDeliverablesQueryOptions(campaignId: number, query: DeliverableListParams) {
  return queryOptions({
    queryKey: deliverableListKey(campaignId, query),
    queryFn: ({ signal }) => getDeliverables(campaignId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDeliverables(campaignId: number, query: DeliverableListParams, enabled = true) {
  return useQuery({ ...getDeliverablesQueryOptions(campaignId, query), enabled: enabled && campaignId > 0 });
}

/** The review queue: every submitted deliverable of the campaign, whatever its type. */
export const REVIEW_QUEUE = { status: 'SUBMITTED' } as const;

/** How many deliverables wait in the review queue: the figure a dashboard shows is the queue's own count. */
export function useReviewQueueCount(campaignId: number) {
  const queue = useDeliverables(campaignId, { ...REVIEW_QUEUE, size: 1 });
  return { count: queue.data?.total, isPending: queue.isPending };
}

export type FixItem = components['schemas']['FixItem'];
