import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys, type Objection } from './keys';

export type ObjectionRequest = components['schemas']['ObjectionRequest'];
export type ResolutionRequest = components['schemas']['ObjectionResolutionRequest'];

/** Every objection to a list, oldest first. */
export async function getObjections(listId: number, signal?: AbortSignal): Promise<Objection[]> {
  const page = unwrap(
    await api.GET('/api/v1/commendation-lists/{listId}/objections', {
      params: { path: { listId }, query: { size: 100, sort: 'id' } },
      signal,
    }),
  );
  return page.items;
}

export function useObjections(listId: number, enabled = true) {
  return useQuery({ queryKey: commendationKeys.objections(listId), queryFn: ({ signal }) => getObjections(listId, signal), enabled });
}

/** Objections change the list's count of open ones (which blocks approval): both are read again. */
function useObjectionMutation<V>(listId: number, fn: (v: V) => Promise<Objection>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commendationKeys.objections(listId) }),
        queryClient.invalidateQueries({ queryKey: commendationKeys.list(listId) }),
      ]),
  });
}

export function useRecordObjection(listId: number) {
  return useObjectionMutation(listId, async (body: ObjectionRequest) =>
    unwrap(await api.POST('/api/v1/commendation-lists/{listId}/objections', { params: { path: { listId } }, body })),
  );
}

export function useResolveObjection(listId: number) {
  return useObjectionMutation(listId, async ({ objectionId, ...body }: ResolutionRequest & { objectionId: number }) =>
    unwrap(
      await api.PUT('/api/v1/commendation-lists/{listId}/objections/{objectionId}', {
        params: { path: { listId, objectionId } },
        body,
      }),
    ),
  );
}
