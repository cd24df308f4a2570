import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { organisationKeys } from './get-organisations';

export type RollupPage = components['schemas']['RollupPage'];
export type RollupRow = components['schemas']['RollupRow'];
export type RollupParams = NonNullable<operations['getOrganisationRollup']['parameters']['query']>;

/**
 * The roll-up (汇总) of an organisation: a page of its children, each with what its whole subtree holds and has done,
 * and the organisation's own subtree in `overall`. Administrators and leaders only (others get 403).
 */
export async function getOrganisationRollup(id: number, query: RollupParams, signal?: AbortSignal): Promise<RollupPage> {
  return unwrap(await api.GET('/api/v1/organisations/{id}/rollup', { params: { path: { id }, query }, signal }));
}

export function getOrganisationRollupQueryOptions(id: number, query: RollupParams) {
  return queryOptions({
    queryKey: organisationKeys.rollup(id, query),
    queryFn: ({ signal }) => getOrganisationRollup(id, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisationRollup(id: number, query: RollupParams) {
  return useQuery(getOrganisationRollupQueryOptions(id, query));
}
