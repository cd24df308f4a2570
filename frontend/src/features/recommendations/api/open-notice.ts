import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateRecommendations, recommendationKeys, type RecommendationRound } from './keys';

export type RecommendationNoticeRequest = components['schemas']['RecommendationNoticeRequest'];

/**
 * Opens the public notice (公示) of the recommendations the level accepted: its first and last day (at least the
 * campaign's minimum of working days) and the announcement. Recommending and reviewing into the campaign end.
 */
export async function openRecommendationNotice({
  campaignId,
  body,
}: {
  campaignId: number;
  body: RecommendationNoticeRequest;
}): Promise<RecommendationRound> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/recommendation-round/notice', { params: { path: { campaignId } }, body }));
}

export function useOpenRecommendationNotice(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendationNoticeRequest) => openRecommendationNotice({ campaignId, body }),
    onSuccess: (round) => {
      queryClient.setQueryData(recommendationKeys.round(campaignId), round);
      return invalidateRecommendations(queryClient, campaignId);
    },
  });
}
