import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getDeliverableTypesQueryOptions } from './get-deliverable-types';

/** A write on a campaign's deliverable types: it answers with what it wrote, and the list is read again. */
export function useDeliverableTypeWrite<Variables, Result>(campaignId: number, write: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getDeliverableTypesQueryOptions(campaignId).queryKey }),
  });
}
