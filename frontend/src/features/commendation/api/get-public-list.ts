import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys } from './keys';

export type PublicList = components['schemas']['PublicCommendationList'];

/** A list under public notice or decided, as anyone may read it (a draft is 404). */
export async function getPublicList(listId: number, signal?: AbortSignal): Promise<PublicList> {
  return unwrap(await api.GET('/api/v1/public/commendation-lists/{listId}', { params: { path: { listId } }, signal }));
}

export function usePublicList(id: number) {
  return useQuery({
    queryKey: [...commendationKeys.all, 'public-list', id],
    queryFn: ({ signal }) => getPublicList(id, signal),
  });
}
