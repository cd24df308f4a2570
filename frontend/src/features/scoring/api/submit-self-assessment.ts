import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { todoKeys } from '@/features/me/api/get-my-todos';
import { scoringKeys } from './keys';
import type { SelfAssessment } from './get-self-assessment';

type Input = { campaignId: number; branchId: number; version: number };

/** Submits once; every indicator must be scored, and the self-assessment is read-only afterwards. */
export async function submitSelfAssessment({ campaignId, branchId, version }: Input): Promise<SelfAssessment> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/self-assessments/{branchId}/submit', {
      params: { path: { campaignId, branchId } },
      body: { version },
    }),
  );
}

export function useSubmitSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSelfAssessment,
    onSuccess: (submitted, { campaignId, branchId }) => {
      queryClient.setQueryData(scoringKeys.selfAssessment(campaignId, branchId), submitted);
      return queryClient.invalidateQueries({ queryKey: todoKeys.mine });
    },
  });
}
