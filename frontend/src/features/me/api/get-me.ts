import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Account'];

export const meKeys = { me: ['me'] as const };

export async function getMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me', { signal }));
}

export function useMe() {
  return useQuery(queryOptions({ queryKey: meKeys.me, queryFn: ({ signal }) => getMe(signal) }));
}
