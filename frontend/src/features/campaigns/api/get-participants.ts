import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { invalidateCampaign } from './get-campaign';
import { campaignKeys } from './get-campaigns';

export type Participant = components['schemas']['Participant'];
export type ParticipantPage = components['schemas']['ParticipantPage'];
export type ParticipantQuery = NonNullable<operations['listParticipants']['parameters']['query']>;

/** A page of the branches taking part in the campaign. */
export async function getParticipants(campaignId: number, query: ParticipantQuery, signal?: AbortSignal): Promise<ParticipantPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/branches', { params: { path: { campaignId }, query }, signal }));
}

/** Where the participants of a campaign are kept: one page a query, or the whole list (`'all'`). */
export const participantKeys = (campaignId: number, ...rest: unknown[]) => campaignKeys.part(campaignId, 'participants', ...rest);

export function useParticipants(campaignId: number, page: number, size = 20) {
  const query: ParticipantQuery = { sort: 'code', page, size };
  return useQuery(
    queryOptions({
      queryKey: participantKeys(campaignId, query),
      queryFn: ({ signal }) => getParticipants(campaignId, query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}

/** Every branch taking part in the campaign, by code. */
export function useAllParticipants(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: participantKeys(campaignId, 'all'),
      queryFn: ({ signal }) => allPages((page) => getParticipants(campaignId, { sort: 'code', page, size: 100 }, signal)),
    }),
  );
}

/** The participant list and the campaign's participant count change together. */
export function invalidateParticipants(queryClient: QueryClient, campaignId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: participantKeys(campaignId) }),
    invalidateCampaign(queryClient, campaignId),
  ]);
}
