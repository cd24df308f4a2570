import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { Objection } from './keys';
import { useObjectionWrite } from './objection-write';

export type ResolutionRequest = components['schemas']['ObjectionResolutionRequest'];
export type Resolution = ResolutionRequest & { objectionId: number };

export async function resolveObjection(listId: number, { objectionId, ...body }: Resolution): Promise<Objection> {
  return unwrap(
    await api.PUT('/api/v1/commendation-lists/{listId}/objections/{objectionId}', {
      params: { path: { listId, objectionId } },
      body,
    }),
  );
}

export function useResolveObjection(listId: number) {
  return useObjectionWrite(listId, (resolution: Resolution) => resolveObjection(listId, resolution));
}
