import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deliverablesKey } from './get-deliverables';

/** A write on a campaign's deliverables: it answers with what it wrote, and every read of them is made again. */
export function useDeliverableWrite<Variables, Result>(campaignId: number, write: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: deliverablesKey(campaignId) }) });
}
