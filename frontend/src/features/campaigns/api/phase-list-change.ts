import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from './get-campaigns';

/** A phase added or removed: the campaign's current phase may change with it, so the campaign is read again. */
export function usePhaseListChange<Variables, Result>(campaignId: number, change: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) }) });
}
