import { api, unwrap } from '@/lib/api-client';
import type { ScoreInput, Scoresheet } from './get-scoresheet';

type Input = { campaignId: number; branchId: number; scores: ScoreInput[] };

/** Starts the caller's scoresheet for a branch with its first scores. */
export async function createScoresheet({ campaignId, branchId, scores }: Input): Promise<Scoresheet> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/scoresheets', { params: { path: { campaignId } }, body: { branchId, scores } }),
  );
}
