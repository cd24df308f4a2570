import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { todoKeys } from '@/features/me/api/get-my-todos';
import type { Scoresheet } from './get-scoresheet';
import { scoringKeys } from './keys';

export async function submitScoresheet({ campaignId, sheet }: { campaignId: number; sheet: Scoresheet }): Promise<Scoresheet> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/scoresheets/{id}/submit', {
      params: { path: { campaignId, id: sheet.id } },
      body: { version: sheet.version },
    }),
  );
}

export function useSubmitScoresheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitScoresheet,
    onSuccess: (sheet, { campaignId }) => {
      queryClient.setQueryData(scoringKeys.sheets(campaignId, sheet.branchId), sheet);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...scoringKeys.all, 'assignments'] }),
        queryClient.invalidateQueries({ queryKey: todoKeys.mine }),
      ]);
    },
  });
}
