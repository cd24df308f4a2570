import { useSearchParams } from 'react-router';
import { BRANCH_KINDS, BRANCH_STATUSES, type BranchKind, type BranchStatus } from '../api/get-branches';
import { BRANCH_SORTS, type BranchFilterValues, type BranchSort } from './branch-filters';

export const PAGE_SIZE = 20;

/** The list's search, filters, sort and page live in the address, so a link or reload keeps them. */
export function useBranchListParams() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const kind = params.get('kind');
  const sort = params.get('sort');
  const organisationId = Number(params.get('organisationId'));
  const filters: BranchFilterValues = {
    q: params.get('q') ?? '',
    status: BRANCH_STATUSES.includes(status as BranchStatus) ? (status as BranchStatus) : undefined,
    kind: BRANCH_KINDS.includes(kind as BranchKind) ? (kind as BranchKind) : undefined,
    sort: BRANCH_SORTS.includes(sort as BranchSort) ? (sort as BranchSort) : 'code',
    organisationId: Number.isInteger(organisationId) && organisationId > 0 ? organisationId : undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (next: BranchFilterValues, nextPage = 1) => {
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.status) out.set('status', next.status);
    if (next.kind) out.set('kind', next.kind);
    if (next.organisationId) out.set('organisationId', String(next.organisationId));
    if (next.sort !== 'code') out.set('sort', next.sort);
    if (nextPage > 1) out.set('page', String(nextPage));
    setParams(out, { replace: true });
  };

  return {
    filters,
    page,
    query: {
      q: filters.q || undefined,
      status: filters.status,
      kind: filters.kind,
      organisationId: filters.organisationId,
      sort: filters.sort,
      page,
      size: PAGE_SIZE,
    },
    setFilters: (next: BranchFilterValues) => update(next, 1),
    setPage: (p: number) => update(filters, p),
  };
}
