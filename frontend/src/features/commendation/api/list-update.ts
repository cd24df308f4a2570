import { useQueryClient } from '@tanstack/react-query';
import { commendationKeys, type CommendationList } from './keys';

/** Keeps the list's page and its campaign's lists in step with what the server answered. */
export function useListUpdate() {
  const queryClient = useQueryClient();
  return (list: CommendationList) => {
    queryClient.setQueryData(commendationKeys.list(list.id), list);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: commendationKeys.lists(list.campaignId) }),
      queryClient.invalidateQueries({ queryKey: commendationKeys.published() }),
    ]);
  };
}
