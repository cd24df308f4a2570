import { useQuery } from '@tanstack/react-query';
import { getCampaigns, getCampaignsQueryOptions, type CampaignListParams } from '@/features/campaigns/api/get-campaigns';
import { getGradeScaleQueryOptions, type Grade, type GradeScale } from '@/features/campaigns/api/get-grade-scale';
import { getResultsQueryOptions, type ResultPage } from '@/features/scoring/api/list-results';
import type { components } from '@/lib/api/schema';
import type { Campaign } from './keys';

export type { Grade };
export type RankedResult = components['schemas']['BranchResult'];

/** The campaigns commendation works over: every one the caller may see, newest first. */
const EVERY_CAMPAIGN = { size: 100, sort: '-year' } as const satisfies CampaignListParams;

/** The campaigns the caller may see, newest first (a branch sees those it takes part in). */
export async function getEveryCampaign(signal?: AbortSignal): Promise<Campaign[]> {
  return (await getCampaigns(EVERY_CAMPAIGN, signal)).items;
}

/** The same read and cache entry as the campaigns feature's list, so a finalised or published result shows here at once. */
export function useCommendationCampaigns() {
  return useQuery({ ...getCampaignsQueryOptions(EVERY_CAMPAIGN), placeholderData: undefined, select: (page) => page.items });
}

/** Lists and feedback reports exist only once the results are finalised (or published). */
export function hasFinalResults(campaign: Pick<Campaign, 'resultsStatus'>): boolean {
  return campaign.resultsStatus === 'FINALISED' || campaign.resultsStatus === 'PUBLISHED';
}

const bestFirst = (scale: GradeScale): Grade[] => [...scale.grades].sort((a, b) => b.minTotal - a.minTotal);

/** The campaign's grades, best first: the choices of a shortlist by grade. */
export function useGrades(campaignId: number) {
  return useQuery({ ...getGradeScaleQueryOptions(campaignId), select: bestFirst });
}

const RANKING = { size: 100 } as const;

/** The whole ranking (staff), to pick a branch to add to a shortlist. */
export function useRanking(campaignId: number, enabled = true) {
  return useQuery({
    ...getResultsQueryOptions(campaignId, RANKING),
    select: (page: ResultPage): RankedResult[] => page.items,
    enabled: enabled && campaignId > 0,
  });
}
