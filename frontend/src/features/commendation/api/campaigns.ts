import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys, type Campaign } from './keys';

export type Grade = components['schemas']['Grade'];
export type RankedResult = components['schemas']['BranchResult'];

/** The campaigns the caller may see, newest first (a branch sees those it takes part in). */
export async function getCampaigns(signal?: AbortSignal): Promise<Campaign[]> {
  const page = unwrap(await api.GET('/api/v1/campaigns', { params: { query: { size: 100, sort: '-year' } }, signal }));
  return page.items;
}

export function useCommendationCampaigns() {
  return useQuery(queryOptions({ queryKey: commendationKeys.campaigns(), queryFn: ({ signal }) => getCampaigns(signal) }));
}

/** Lists and feedback reports exist only once the results are finalised (or published). */
export function hasFinalResults(campaign: Pick<Campaign, 'resultsStatus'>): boolean {
  return campaign.resultsStatus === 'FINALISED' || campaign.resultsStatus === 'PUBLISHED';
}

export async function getCampaign(id: number, signal?: AbortSignal): Promise<Campaign> {
  return unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal }));
}

export function useCommendationCampaign(id: number | undefined) {
  return useQuery({
    queryKey: commendationKeys.campaign(id ?? 0),
    queryFn: ({ signal }) => getCampaign(id ?? 0, signal),
    enabled: Boolean(id),
  });
}

/** The campaign's grades, best first: the choices of a shortlist by grade. */
export async function getGrades(campaignId: number, signal?: AbortSignal): Promise<Grade[]> {
  const scale = unwrap(await api.GET('/api/v1/campaigns/{campaignId}/grade-thresholds', { params: { path: { campaignId } }, signal }));
  return [...scale.grades].sort((a, b) => b.minTotal - a.minTotal);
}

export function useGrades(campaignId: number) {
  return useQuery({ queryKey: commendationKeys.grades(campaignId), queryFn: ({ signal }) => getGrades(campaignId, signal) });
}

/** The whole ranking (staff), to pick a branch to add to a shortlist. */
export async function getRanking(campaignId: number, signal?: AbortSignal): Promise<RankedResult[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/results', { params: { path: { campaignId }, query: { size: 100 } }, signal }),
  );
  return page.items;
}

export function useRanking(campaignId: number, enabled = true) {
  return useQuery({ queryKey: commendationKeys.results(campaignId), queryFn: ({ signal }) => getRanking(campaignId, signal), enabled });
}
