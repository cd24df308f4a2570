import { api, unwrap } from '@/lib/api-client';
import type { ScoreInput, Scoresheet } from './get-scoresheet';

type Input = { campaignId: number; id: number; scores: ScoreInput[]; version: number };

/** Saves the draft with the version read. */
export async function updateScoresheet({ campaignId, id, scores, version }: Input): Promise<Scoresheet> {
  return unwrap(
    await api.PUT('/api/v1/campaigns/{campaignId}/scoresheets/{id}', { params: { path: { campaignId, id } }, body: { scores, version } }),
  );
}
