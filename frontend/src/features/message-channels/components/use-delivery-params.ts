import { useSearchParams } from 'react-router';
import type { Channel, DeliveryQuery, DeliveryStatus } from '../api/get-deliveries';
import type { NotificationKind } from '../api/get-message-templates';
import { isChannel, isKind, isStatus } from './kinds';

export const PAGE_SIZE = 20;

/** The fields the send log sorts by; '-' before one sorts it newest (or most) first. */
export const SORT_FIELDS = ['createdAt', 'status', 'channel', 'attempts'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
const DEFAULT_SORT = '-createdAt';

export type DeliveryFilterValues = { status?: DeliveryStatus; channel?: Channel; kind?: NotificationKind };

function validSort(value: string | null): string {
  const field = value?.replace(/^-/, '');
  return value && (SORT_FIELDS as readonly string[]).includes(field ?? '') ? value : DEFAULT_SORT;
}

/** A column's sort order as antd wants it. */
export function sortOrderOf(sort: string, field: SortField): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** The send log's filters, sort and page live in the address, beside the tab: a link shows the same sends. */
export function useDeliveryParams() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const channel = params.get('channel');
  const kind = params.get('kind');
  const filters: DeliveryFilterValues = {
    status: isStatus(status) ? status : undefined,
    channel: isChannel(channel) ? channel : undefined,
    kind: isKind(kind) ? kind : undefined,
  };
  const sort = validSort(params.get('sort'));
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (next: DeliveryFilterValues, nextSort: string, nextPage: number) => {
    const out = new URLSearchParams({ tab: 'deliveries' });
    if (next.status) out.set('status', next.status);
    if (next.channel) out.set('channel', next.channel);
    if (next.kind) out.set('kind', next.kind);
    if (nextSort !== DEFAULT_SORT) out.set('sort', nextSort);
    if (nextPage > 1) out.set('page', String(nextPage));
    setParams(out, { replace: true });
  };

  const query: DeliveryQuery = { ...filters, sort, page, size: PAGE_SIZE };
  return {
    filters,
    filtered: Boolean(filters.status ?? filters.channel ?? filters.kind),
    sort,
    page,
    query,
    setFilters: (next: DeliveryFilterValues) => update(next, sort, 1),
    setSort: (next: string | undefined) => update(filters, next ?? DEFAULT_SORT, 1),
    setPage: (p: number) => update(filters, sort, p),
  };
}
