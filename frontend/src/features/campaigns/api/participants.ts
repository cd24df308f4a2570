import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type Participant = components['schemas']['Participant'];

export function useParticipants(campaignId: number, page: number, size = 20) {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.part(campaignId, 'participants', page, size),
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/api/v1/campaigns/{campaignId}/branches', {
            params: { path: { campaignId }, query: { sort: 'code', page, size } },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  );
}
