import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateOrganisations } from '@/features/organisations/api/get-organisations';
import { api, unwrap } from '@/lib/api-client';
import type { BranchRequest } from './create-branch';
import { branchKeys, type Branch } from './get-branches';

export async function updateBranch({ id, body }: { id: number; body: BranchRequest }): Promise<Branch> {
  return unwrap(await api.PUT('/api/v1/branches/{id}', { params: { path: { id } }, body }));
}

export function useUpdateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBranch,
    onSuccess: (branch) => {
      queryClient.setQueryData(branchKeys.detail(branch.id), branch);
      // The organisations count the branches below them.
      return Promise.all([queryClient.invalidateQueries({ queryKey: branchKeys.lists() }), invalidateOrganisations(queryClient)]);
    },
  });
}
