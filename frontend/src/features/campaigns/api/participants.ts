import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

// The participant list and the campaign's participant count change together.
function useParticipantMutation<V>(campaignId: number, fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'participants') }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId), exact: true }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.lists() }),
      ]),
  });
}

/** Adds one branch; 409 when it already takes part or is archived. */
export function useAddParticipant(campaignId: number) {
  return useParticipantMutation(campaignId, async (branchId: number) =>
    unwrap(await api.POST('/api/v1/campaigns/{campaignId}/branches', { params: { path: { campaignId } }, body: { branchId } })),
  );
}

/** Refused with 409 PARTICIPANT_HAS_DATA while the branch has a leading group or (in a running campaign) any data. */
export function useRemoveParticipant(campaignId: number) {
  return useParticipantMutation(campaignId, async (branchId: number) =>
    unwrap(
      await api.DELETE('/api/v1/campaigns/{campaignId}/branches/{branchId}', { params: { path: { campaignId, branchId } } }),
    ),
  );
}
