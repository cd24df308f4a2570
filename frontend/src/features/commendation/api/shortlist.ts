import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys, type CommendationList } from './keys';

export type ShortlistRequest = components['schemas']['ShortlistRequest'];
export type Adjustment = { listId: number; branchId: number; reason: string; version: number };

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

/** Draws a shortlist (by grade or top N) or starts a correction of the published list. */
export function useCreateShortlist(campaignId: number) {
  const updated = useListUpdate();
  return useMutation({
    mutationFn: async (body: ShortlistRequest) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/commendation-lists', { params: { path: { campaignId } }, body })),
    onSuccess: updated,
  });
}

export function useAddToShortlist() {
  const updated = useListUpdate();
  return useMutation({
    mutationFn: async ({ listId, ...body }: Adjustment) =>
      unwrap(await api.POST('/api/v1/commendation-lists/{id}/additions', { params: { path: { id: listId } }, body })),
    onSuccess: updated,
  });
}

export function useRemoveFromShortlist() {
  const updated = useListUpdate();
  return useMutation({
    mutationFn: async ({ listId, ...body }: Adjustment) =>
      unwrap(await api.POST('/api/v1/commendation-lists/{id}/removals', { params: { path: { id: listId } }, body })),
    onSuccess: updated,
  });
}
