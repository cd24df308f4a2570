import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { organisationKeys } from './get-organisations';

export type OrganisationDetail = components['schemas']['OrganisationDetail'];

/** One organisation with the trail from the caller's own down to its parent; outside the caller's subtree 404. */
export async function getOrganisation(id: number, signal?: AbortSignal): Promise<OrganisationDetail> {
  return unwrap(await api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal }));
}

export function getOrganisationQueryOptions(id: number) {
  return queryOptions({ queryKey: organisationKeys.detail(id), queryFn: ({ signal }) => getOrganisation(id, signal) });
}

export function useOrganisation(id: number | null | undefined) {
  return useQuery({ ...getOrganisationQueryOptions(id ?? 0), enabled: id != null && id > 0 });
}
