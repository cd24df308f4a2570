import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { branchKeys, type Branch } from './get-branches';

type Change = { id: number; version: number };

export async function archiveBranch({ id, version }: Change): Promise<Branch> {
  return unwrap(await api.POST('/api/v1/branches/{id}/archive', { params: { path: { id } }, body: { version } }));
}

export async function restoreBranch({ id, version }: Change): Promise<Branch> {
  return unwrap(await api.POST('/api/v1/branches/{id}/restore', { params: { path: { id } }, body: { version } }));
}

/** Archive or restore; either way the lists and the record are refreshed, also after a stale-version refusal. */
export function useBranchStatusChange() {
  const queryClient = useQueryClient();
  const settle = () => queryClient.invalidateQueries({ queryKey: branchKeys.all });
  return {
    archive: useMutation({ mutationFn: archiveBranch, onSettled: settle }),
    restore: useMutation({ mutationFn: restoreBranch, onSettled: settle }),
  };
}
