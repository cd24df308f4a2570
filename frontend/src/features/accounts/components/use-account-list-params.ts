import { useSearchParams } from 'react-router';
import { ROLES, type Role } from '../api/get-accounts';

export const PAGE_SIZE = 20;

export type AccountFilterValues = { q: string; role?: Role; branchId?: number; organisationId?: number; enabled?: boolean };

/** Search, filters and page live in the address, so a link or reload keeps them. */
export function useAccountListParams() {
  const [params, setParams] = useSearchParams();
  const role = params.get('role');
  const branchId = Number(params.get('branchId'));
  const organisationId = Number(params.get('organisationId'));
  const enabled = params.get('enabled');
  const filters: AccountFilterValues = {
    q: params.get('q') ?? '',
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    branchId: branchId > 0 ? branchId : undefined,
    organisationId: Number.isInteger(organisationId) && organisationId > 0 ? organisationId : undefined,
    enabled: enabled === 'true' ? true : enabled === 'false' ? false : undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (next: AccountFilterValues, nextPage = 1) => {
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.role) out.set('role', next.role);
    if (next.branchId) out.set('branchId', String(next.branchId));
    if (next.organisationId) out.set('organisationId', String(next.organisationId));
    if (next.enabled !== undefined) out.set('enabled', String(next.enabled));
    if (nextPage > 1) out.set('page', String(nextPage));
    setParams(out, { replace: true });
  };

  return {
    filters,
    page,
    query: {
      q: filters.q || undefined,
      role: filters.role,
      branchId: filters.branchId,
      organisationId: filters.organisationId,
      enabled: filters.enabled,
      sort: 'username',
      page,
      size: PAGE_SIZE,
    },
    setFilters: (next: AccountFilterValues) => update(next, 1),
    setPage: (p: number) => update(filters, p),
  };
}
