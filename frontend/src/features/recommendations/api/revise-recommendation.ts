import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateRecommendations, type Recommendation } from './keys';

export type DossierRequest = components['schemas']['DossierRequest'];

/** The recommender revises the dossier; a returned recommendation goes back for review (SUBMITTED). */
export async function reviseRecommendation({ id, body }: { id: number; body: DossierRequest }): Promise<Recommendation> {
  return unwrap(await api.PUT('/api/v1/recommendations/{id}', { params: { path: { id } }, body }));
}

export function useReviseRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviseRecommendation,
    onSuccess: (r) => invalidateRecommendations(queryClient, r.sourceCampaignId, r.campaignId),
  });
}
