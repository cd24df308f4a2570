import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { Objection } from './keys';
import { useObjectionWrite } from './objection-write';

export type ObjectionRequest = components['schemas']['ObjectionRequest'];

export async function recordObjection(listId: number, body: ObjectionRequest): Promise<Objection> {
  return unwrap(await api.POST('/api/v1/commendation-lists/{listId}/objections', { params: { path: { listId } }, body }));
}

export function useRecordObjection(listId: number) {
  return useObjectionWrite(listId, (body: ObjectionRequest) => recordObjection(listId, body));
}
