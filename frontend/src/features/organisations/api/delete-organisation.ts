import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { organisationKeys } from './get-organisations';

/** Removes an organisation that holds nothing; otherwise 409 ORGANISATION_NOT_EMPTY (or ORGANISATION_IS_OWN). */
export async function deleteOrganisation(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/v1/organisations/{id}', { params: { path: { id } } }));
}

/** Every read of organisations is made again except the removed one's own (its page is being left). */
export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrganisation,
    onSuccess: (_, id) => {
      const removed = organisationKeys.detail(id);
      return queryClient.invalidateQueries({
        queryKey: organisationKeys.all,
        predicate: (query) => !removed.every((part, i) => query.queryKey[i] === part),
      });
    },
  });
}
