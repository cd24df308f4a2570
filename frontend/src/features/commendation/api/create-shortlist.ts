import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { CommendationList } from './keys';
import { useListUpdate } from './list-update';

export type ShortlistRequest = components['schemas']['ShortlistRequest'];

/** Draws a shortlist (by grade or top N) or starts a correction of the published list. */
export async function createShortlist(campaignId: number, body: ShortlistRequest): Promise<CommendationList> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/commendation-lists', { params: { path: { campaignId } }, body }));
}

export function useCreateShortlist(campaignId: number) {
  const updated = useListUpdate();
  return useMutation({ mutationFn: (body: ShortlistRequest) => createShortlist(campaignId, body), onSuccess: updated });
}
