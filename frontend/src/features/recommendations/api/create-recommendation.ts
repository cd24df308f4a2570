import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateRecommendations, type Recommendation } from './keys';

export type RecommendationRequest = components['schemas']['RecommendationRequest'];

/**
 * Recommends a candidate from the campaign into the campaign it adopts: a branch (GRASSROOTS, `branchId`) or a local
 * committee below (LOCAL, `organisationId`), with its dossier. It arrives SUBMITTED for review above.
 */
export async function createRecommendation({
  campaignId,
  body,
}: {
  campaignId: number;
  body: RecommendationRequest;
}): Promise<Recommendation> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/recommendations', { params: { path: { campaignId } }, body }));
}

export function useCreateRecommendation(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendationRequest) => createRecommendation({ campaignId, body }),
    onSuccess: (r) => invalidateRecommendations(queryClient, r.sourceCampaignId, r.campaignId),
  });
}
