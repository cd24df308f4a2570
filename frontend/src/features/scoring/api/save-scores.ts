import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createScoresheet } from './create-scoresheet';
import type { ScoreInput, Scoresheet } from './get-scoresheet';
import { scoringKeys } from './keys';
import { updateScoresheet } from './update-scoresheet';

type Save = { campaignId: number; branchId: number; sheet: Scoresheet | null; scores: ScoreInput[] };

/** Starts the scoresheet on the first save, then saves the draft with the version read. */
export async function saveScores({ campaignId, branchId, sheet, scores }: Save): Promise<Scoresheet> {
  if (!sheet?.id) return createScoresheet({ campaignId, branchId, scores });
  return updateScoresheet({ campaignId, id: sheet.id, scores, version: sheet.version });
}

export function useSaveScores() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveScores,
    onSuccess: (sheet, { campaignId, branchId }) => {
      queryClient.setQueryData(scoringKeys.sheets(campaignId, branchId), sheet);
      return queryClient.invalidateQueries({ queryKey: scoringKeys.assignments(campaignId) });
    },
  });
}
