import { useMutation, useQueryClient } from '@tanstack/react-query';
import { todoKeys } from '@/features/me/api/get-my-todos';
import { deliverablesKey } from './get-deliverables';

/** A write on a campaign's deliverables: it answers with what it wrote; every read of them, and the to-dos they count, is made again. */
export function useDeliverableWrite<Variables, Result>(campaignId: number, write: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deliverablesKey(campaignId) }),
        queryClient.invalidateQueries({ queryKey: todoKeys.mine }),
      ]),
  });
}
