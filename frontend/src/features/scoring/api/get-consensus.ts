import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ApiError } from '@/lib/problem';
import { scoringKeys } from './keys';

export type Consensus = components['schemas']['Consensus'];

/** The branch's consensus result, or null while none is recorded (the API answers 404 until then). */
export async function getConsensus(campaignId: number, branchId: number, signal?: AbortSignal): Promise<Consensus | null> {
  try {
    return unwrap(
      await api.GET('/api/v1/campaigns/{campaignId}/consensus/{branchId}', { params: { path: { campaignId, branchId } }, signal }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useConsensus(campaignId: number, branchId: number) {
  return useQuery(
    queryOptions({
      queryKey: scoringKeys.consensus(campaignId, branchId),
      queryFn: ({ signal }) => getConsensus(campaignId, branchId, signal),
    }),
  );
}
