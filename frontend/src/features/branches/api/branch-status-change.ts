import { useMutation, useQueryClient } from '@tanstack/react-query';
import { archiveBranch } from './archive-branch';
import { branchKeys } from './get-branches';
import { restoreBranch } from './restore-branch';

/** Archive or restore; either way the lists and the record are refreshed, also after a stale-version refusal. */
export function useBranchStatusChange() {
  const queryClient = useQueryClient();
  const settle = () => queryClient.invalidateQueries({ queryKey: branchKeys.all });
  return {
    archive: useMutation({ mutationFn: archiveBranch, onSettled: settle }),
    restore: useMutation({ mutationFn: restoreBranch, onSettled: settle }),
  };
}
