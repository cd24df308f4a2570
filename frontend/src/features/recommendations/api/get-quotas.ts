import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import type { operations } from '@/lib/api/schema';
import { recommendationKeys, type Quota, type QuotaPage } from './keys';

export type QuotaQuery = NonNullable<operations['listQuotas']['parameters']['query']>;

/** A page of the organisations right below the campaign's, each with its quota (名额) and how much of it is used. */
export async function getQuotas(campaignId: number, query: QuotaQuery, signal?: AbortSignal): Promise<QuotaPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/quotas', { params: { path: { campaignId }, query }, signal }));
}

/** Every organisation right below the campaign's, by name: a level has tens of them at most. */
export function getAllQuotasQueryOptions(campaignId: number) {
  return queryOptions({
    queryKey: recommendationKeys.quotas(campaignId, 'all'),
    queryFn: ({ signal }): Promise<Quota[]> => allPages((page) => getQuotas(campaignId, { sort: 'name', page, size: 100 }, signal)),
  });
}

export function useAllQuotas(campaignId: number) {
  return useQuery(getAllQuotasQueryOptions(campaignId));
}
