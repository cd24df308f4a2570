import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { OrganisationDetail } from './get-organisation';
import { invalidateOrganisations, organisationKeys } from './get-organisations';

export type UpdateOrganisationRequest = components['schemas']['UpdateOrganisation'];

export async function updateOrganisation({ id, body }: { id: number; body: UpdateOrganisationRequest }): Promise<OrganisationDetail> {
  return unwrap(await api.PUT('/api/v1/organisations/{id}', { params: { path: { id } }, body }));
}

/** The answer replaces the organisation; lists, trails and the caller's own are read again (its name shows there). */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (updated) => {
      queryClient.setQueryData(organisationKeys.detail(updated.organisation.id), updated);
      return invalidateOrganisations(queryClient);
    },
  });
}
