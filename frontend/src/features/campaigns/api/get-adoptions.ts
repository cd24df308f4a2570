import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Adoption = components['schemas']['Adoption'];
export type AdoptionPage = components['schemas']['AdoptionPage'];
export type AdoptionParams = NonNullable<operations['listAdoptions']['parameters']['query']>;

/**
 * The organisations right below the campaign's, each with the plan (实施方案) it adopted the campaign with, and how
 * many of them did. Staff and leaders of the campaign's organisation or above; anyone else gets 404.
 */
export async function getAdoptions(campaignId: number, query: AdoptionParams, signal?: AbortSignal): Promise<AdoptionPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/adoptions', { params: { path: { campaignId }, query }, signal }));
}

export const adoptionKeys = {
  all: (campaignId: number) => campaignKeys.part(campaignId, 'adoptions'),
  list: (campaignId: number, query: AdoptionParams) => campaignKeys.part(campaignId, 'adoptions', query),
};

export function getAdoptionsQueryOptions(campaignId: number, query: AdoptionParams) {
  return queryOptions({
    queryKey: adoptionKeys.list(campaignId, query),
    queryFn: ({ signal }) => getAdoptions(campaignId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdoptions(campaignId: number, query: AdoptionParams) {
  return useQuery(getAdoptionsQueryOptions(campaignId, query));
}
