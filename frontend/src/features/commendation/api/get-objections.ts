import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { commendationKeys, type Objection } from './keys';

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
