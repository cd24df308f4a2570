import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 50;
export const ACTIONS = ['POST', 'PUT', 'DELETE', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'EXPORT', 'PERSONAL_DATA_VIEW'] as const;
export const OUTCOMES = [200, 201, 204, 400, 401, 403, 404, 409, 429] as const;

export type AuditFilterValues = {
  actor: string;
  action?: string;
  entityType: string;
  entityId: string;
  outcome?: number;
  from?: string;
  to?: string;
};

const FIELDS = ['actor', 'action', 'entityType', 'entityId', 'outcome', 'from', 'to'] as const;

/** The audit filters live in the address: a link to a search shows the same events. */
export function useAuditParams() {
  const [params, setParams] = useSearchParams();
  const outcome = Number(params.get('outcome'));
  const filters: AuditFilterValues = {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? undefined,
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    outcome: outcome > 0 ? outcome : undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (next: AuditFilterValues, nextPage = 1) => {
    const out = new URLSearchParams();
    for (const key of FIELDS) {
      const value = next[key];
      if (value !== undefined && value !== '') out.set(key, String(value));
    }
    if (nextPage > 1) out.set('page', String(nextPage));
    setParams(out, { replace: true });
  };

  return {
    filters,
    page,
    query: {
      actor: filters.actor || undefined,
      action: filters.action,
      entityType: filters.entityType || undefined,
      entityId: filters.entityId || undefined,
      outcome: filters.outcome,
      from: filters.from,
      to: filters.to,
      sort: '-occurredAt',
      page,
      size: PAGE_SIZE,
    },
    setFilters: (next: AuditFilterValues) => update(next, 1),
    setPage: (p: number) => update(filters, p),
  };
}
