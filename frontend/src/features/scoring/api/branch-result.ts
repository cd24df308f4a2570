import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { getStandards, scoringKeys, type Campaign, type Standard } from './assignments';

export type BranchResultDetail = components['schemas']['BranchResultDetail'];
export type PublishedResult = { campaign: Campaign; detail: BranchResultDetail; standards: Standard[] } | null;

/** The newest campaign with published results that the branch took part in, and the branch's result in it. */
export async function getPublishedResult(branchId: number, signal?: AbortSignal): Promise<PublishedResult> {
  const page = unwrap(await api.GET('/api/v1/campaigns', { params: { query: { size: 20, sort: '-year' } }, signal }));
  const campaign = page.items?.find((c) => c.resultsStatus === 'PUBLISHED');
  if (!campaign?.id) return null;
  const campaignId = campaign.id;
  const [detail, standards] = await Promise.all([
    api.GET('/api/v1/campaigns/{campaignId}/results/{branchId}', { params: { path: { campaignId, branchId } }, signal }).then(unwrap),
    getStandards(campaignId, signal),
  ]);
  return { campaign, detail, standards };
}

export function usePublishedResult(branchId: number) {
  return useQuery({
    queryKey: [...scoringKeys.all, 'published-result', branchId],
    queryFn: ({ signal }) => getPublishedResult(branchId, signal),
  });
}
