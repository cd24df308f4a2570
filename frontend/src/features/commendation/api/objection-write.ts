import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commendationKeys, type Objection } from './keys';

/** Objections change the list's count of open ones (which blocks approval): both are read again. */
export function useObjectionWrite<Variables>(listId: number, write: (variables: Variables) => Promise<Objection>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commendationKeys.objections(listId) }),
        queryClient.invalidateQueries({ queryKey: commendationKeys.list(listId) }),
      ]),
  });
}
