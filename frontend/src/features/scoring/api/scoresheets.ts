import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { scoringKeys } from './assignments';

export type Scoresheet = components['schemas']['Scoresheet'];
export type ScoreInput = components['schemas']['ScoreInput'];

/** The caller's own scoresheet for a branch (found through the assessor of the assignment), or null. */
export async function getOwnScoresheet(
  campaignId: number,
  branchId: number,
  assessorId: number,
  signal?: AbortSignal,
): Promise<Scoresheet | null> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/scoresheets', {
      params: { path: { campaignId }, query: { branchId, size: 100 } },
      signal,
    }),
  );
  const own = page.items?.find((s) => s.assessorId === assessorId);
  if (!own?.id) return null;
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/scoresheets/{id}', { params: { path: { campaignId, id: own.id } }, signal }));
}

export function useOwnScoresheet(campaignId: number, branchId: number, assessorId: number | undefined) {
  return useQuery({
    queryKey: scoringKeys.sheets(campaignId, branchId),
    queryFn: ({ signal }) => getOwnScoresheet(campaignId, branchId, assessorId ?? 0, signal),
    enabled: Boolean(assessorId),
  });
}

type Save = { campaignId: number; branchId: number; sheet: Scoresheet | null; scores: ScoreInput[] };

/** Starts the scoresheet on the first save, then saves the draft with the version read. */
export async function saveScores({ campaignId, branchId, sheet, scores }: Save): Promise<Scoresheet> {
  if (!sheet?.id) {
    return unwrap(
      await api.POST('/api/v1/campaigns/{campaignId}/scoresheets', { params: { path: { campaignId } }, body: { branchId, scores } }),
    );
  }
  return unwrap(
    await api.PUT('/api/v1/campaigns/{campaignId}/scoresheets/{id}', {
      params: { path: { campaignId, id: sheet.id } },
      body: { scores, version: sheet.version ?? 0 },
    }),
  );
}

export async function submitScoresheet({ campaignId, sheet }: { campaignId: number; sheet: Scoresheet }): Promise<Scoresheet> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/scoresheets/{id}/submit', {
      params: { path: { campaignId, id: sheet.id ?? 0 } },
      body: { version: sheet.version ?? 0 },
    }),
  );
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

export function useSubmitScoresheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitScoresheet,
    onSuccess: (sheet, { campaignId }) => {
      queryClient.setQueryData(scoringKeys.sheets(campaignId, sheet.branchId ?? 0), sheet);
      return queryClient.invalidateQueries({ queryKey: [...scoringKeys.all, 'assignments'] });
    },
  });
}
