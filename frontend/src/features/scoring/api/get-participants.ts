import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { allPages, deskKeys } from './desk-keys';

export type Participant = components['schemas']['Participant'];

/** Every branch taking part in the campaign, by code. */
export async function getParticipants(campaignId: number, signal?: AbortSignal): Promise<Participant[]> {
  return allPages(async (page) =>
    unwrap(
      await api.GET('/api/v1/campaigns/{campaignId}/branches', {
        params: { path: { campaignId }, query: { sort: 'code', page, size: 100 } },
        signal,
      }),
    ),
  );
}

export function useParticipants(campaignId: number) {
  return useQuery(
    queryOptions({ queryKey: deskKeys.participants(campaignId), queryFn: ({ signal }) => getParticipants(campaignId, signal) }),
  );
}
