import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { OrganisationDetail } from './get-organisation';
import { organisationKeys, type OrganisationRef } from './get-organisations';

/** Where the caller stands: their own organisation, the top of what they act on (staff only; a branch gets 403). */
export async function getMyOrganisation(signal?: AbortSignal): Promise<OrganisationDetail> {
  return unwrap(await api.GET('/api/v1/organisations/mine', { signal }));
}

export function getMyOrganisationQueryOptions() {
  return queryOptions({ queryKey: organisationKeys.mine(), queryFn: ({ signal }) => getMyOrganisation(signal), staleTime: 300_000 });
}

/** The caller's own organisation; `enabled` false for those who have none to ask about (branch accounts). */
export function useMyOrganisation(enabled = true) {
  return useQuery({ ...getMyOrganisationQueryOptions(), enabled });
}

/**
 * Where a new record goes unless another organisation is chosen: `given` when there is one, else the caller's own
 * (read only while `enabled`, and only without `given`).
 */
export function useDefaultOrganisation(given: OrganisationRef | undefined, enabled: boolean): OrganisationRef | undefined {
  const mine = useMyOrganisation(enabled && !given);
  return given ?? mine.data?.organisation;
}
