import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateEveryRound, invalidateRecommendations, recommendationKeys, type RecommendationRound } from './keys';

export type RecommendationNoticeCloseRequest = components['schemas']['RecommendationNoticeCloseRequest'];

/**
 * Closes the level's notice after its last day, with no objection open; the accepted candidates may then be
 * recommended up. At the top of the chain it is the decision (表彰决定): its document number and date are required.
 */
export async function closeRecommendationNotice({
  campaignId,
  body,
}: {
  campaignId: number;
  body: RecommendationNoticeCloseRequest;
}): Promise<RecommendationRound> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/recommendation-round/close', { params: { path: { campaignId } }, body }));
}

/** The decision at the top settles the recommendations of every campaign below it, so all of them are read again. */
export function useCloseRecommendationNotice(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendationNoticeCloseRequest) => closeRecommendationNotice({ campaignId, body }),
    onSuccess: (round) => {
      queryClient.setQueryData(recommendationKeys.round(campaignId), round);
      return round.top ? invalidateEveryRound(queryClient) : invalidateRecommendations(queryClient, campaignId);
    },
  });
}
