import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { scoringKeys } from './keys';
import type { SelfAssessment, SelfScoreInput } from './get-self-assessment';

type Input = { campaignId: number; branchId: number; current: SelfAssessment | null; scores: SelfScoreInput[] };

/** Saves the draft: the first save creates it, later ones send the version read. */
export async function saveSelfAssessment({ campaignId, branchId, current, scores }: Input): Promise<SelfAssessment> {
  return unwrap(
    await api.PUT('/api/v1/campaigns/{campaignId}/self-assessments/{branchId}', {
      params: { path: { campaignId, branchId } },
      body: { scores, version: current?.version },
    }),
  );
}

export function useSaveSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSelfAssessment,
    onSuccess: (saved, { campaignId, branchId }) => queryClient.setQueryData(scoringKeys.selfAssessment(campaignId, branchId), saved),
  });
}
