import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateOrganisations } from '@/features/organisations/api/get-organisations';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { branchKeys, type Branch } from './get-branches';

export type BranchRequest = components['schemas']['BranchRequest'];

export async function createBranch(body: BranchRequest): Promise<Branch> {
  return unwrap(await api.POST('/api/v1/branches', { body }));
}

export function useCreateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBranch,
    onSuccess: (branch) => {
      queryClient.setQueryData(branchKeys.detail(branch.id), branch);
      // The organisations count the branches below them.
      return Promise.all([queryClient.invalidateQueries({ queryKey: branchKeys.lists() }), invalidateOrganisations(queryClient)]);
    },
  });
}
