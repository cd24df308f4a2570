import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { OrganisationDetail } from './get-organisation';
import { invalidateOrganisations, organisationKeys } from './get-organisations';

export type CreateOrganisationRequest = components['schemas']['CreateOrganisation'];

export async function createOrganisation(body: CreateOrganisationRequest): Promise<OrganisationDetail> {
  return unwrap(await api.POST('/api/v1/organisations', { body }));
}

/** The new organisation is kept as read; its parent's counts and every list are read again. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (created) => {
      queryClient.setQueryData(organisationKeys.detail(created.organisation.id), created);
      return invalidateOrganisations(queryClient);
    },
  });
}
