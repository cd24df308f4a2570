import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { commendationKeys, type CommendationList } from './keys';

export async function getList(id: number, signal?: AbortSignal): Promise<CommendationList> {
  return unwrap(await api.GET('/api/v1/commendation-lists/{id}', { params: { path: { id } }, signal }));
}

export function useList(id: number, enabled = true) {
  return useQuery({ queryKey: commendationKeys.list(id), queryFn: ({ signal }) => getList(id, signal), enabled });
}
