import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { scoringKeys } from './keys';

export type BranchResultDetail = components['schemas']['BranchResultDetail'];

/** A branch's result with every submitted scoresheet (assessors named for committee staff). */
export async function getBranchResultDetail(campaignId: number, branchId: number, signal?: AbortSignal): Promise<BranchResultDetail> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/results/{branchId}', { params: { path: { campaignId, branchId } }, signal }));
}

export function useBranchResultDetail(campaignId: number, branchId: number) {
  return useQuery(
    queryOptions({
      queryKey: scoringKeys.results(campaignId, 'detail', branchId),
      queryFn: ({ signal }) => getBranchResultDetail(campaignId, branchId, signal),
    }),
  );
}
