import { useQuery } from '@tanstack/react-query';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { getCampaigns } from '@/features/campaigns/api/get-campaigns';
import { getStandards, type Standard } from '@/features/campaigns/api/get-standards';
import { getBranchResultDetail, type BranchResultDetail } from './get-branch-result-detail';
import { scoringKeys } from './keys';

export type PublishedResult = { campaign: Campaign; detail: BranchResultDetail; standards: Standard[] } | null;

/** The newest campaign with published results that the branch took part in, and the branch's result in it. */
export async function getPublishedResult(branchId: number, signal?: AbortSignal): Promise<PublishedResult> {
  const page = await getCampaigns({ size: 20, sort: '-year' }, signal);
  const campaign = page.items.find((c) => c.resultsStatus === 'PUBLISHED');
  if (!campaign?.id) return null;
  const campaignId = campaign.id;
  const [detail, standards] = await Promise.all([getBranchResultDetail(campaignId, branchId, signal), getStandards(campaignId, signal)]);
  return { campaign, detail, standards };
}

export function usePublishedResult(branchId: number) {
  return useQuery({
    queryKey: scoringKeys.publishedResult(branchId),
    queryFn: ({ signal }) => getPublishedResult(branchId, signal),
  });
}
