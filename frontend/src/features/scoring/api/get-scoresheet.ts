import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { scoringKeys } from './keys';
import { listScoresheets } from './list-scoresheets';

export type Scoresheet = components['schemas']['Scoresheet'];
export type ScoreInput = components['schemas']['ScoreInput'];

export async function getScoresheet(campaignId: number, id: number, signal?: AbortSignal): Promise<Scoresheet> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/scoresheets/{id}', { params: { path: { campaignId, id } }, signal }));
}

/** The caller's own scoresheet for a branch (found through the assessor of the assignment), or null. */
export async function getOwnScoresheet(
  campaignId: number,
  branchId: number,
  assessorId: number,
  signal?: AbortSignal,
): Promise<Scoresheet | null> {
  const page = await listScoresheets(campaignId, { branchId, size: 100 }, signal);
  const own = page.items.find((s) => s.assessorId === assessorId);
  if (!own?.id) return null;
  return getScoresheet(campaignId, own.id, signal);
}

export function useOwnScoresheet(campaignId: number, branchId: number, assessorId: number | undefined) {
  return useQuery({
    queryKey: scoringKeys.sheets(campaignId, branchId),
    queryFn: ({ signal }) => getOwnScoresheet(campaignId, branchId, assessorId ?? 0, signal),
    enabled: Boolean(assessorId),
  });
}
