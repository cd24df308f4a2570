import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCampaign } from './get-campaign';
import { getGradeScaleQueryOptions, type GradeScale } from './get-grade-scale';

export async function replaceGradeScale({ campaignId, body }: { campaignId: number; body: GradeScale }): Promise<GradeScale> {
  return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/grade-thresholds', { params: { path: { campaignId } }, body }));
}

/** Replacing the grades raises the campaign's version, so the campaign is read again too. */
export function useReplaceGradeScale(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GradeScale) => replaceGradeScale({ campaignId, body }),
    onSuccess: (scale) => {
      queryClient.setQueryData(getGradeScaleQueryOptions(campaignId).queryKey, scale);
      return invalidateCampaign(queryClient, campaignId);
    },
  });
}
