import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Todos = components['schemas']['Todos'];
export type Todo = components['schemas']['Todo'];
export type TodoKind = Todo['kind'];

export const todoKeys = { mine: ['me', 'todos'] as const };

/** What the caller has to do now, counted by the server from the records (待办). */
export async function getMyTodos(signal?: AbortSignal): Promise<Todos> {
  return unwrap(await api.GET('/api/v1/me/todos', { signal }));
}

export function getMyTodosQueryOptions() {
  return queryOptions({ queryKey: todoKeys.mine, queryFn: ({ signal }) => getMyTodos(signal), staleTime: 60_000 });
}

/** The caller's to-do list; `enabled` false waits (a branch's list arrives with its home). */
export function useMyTodos(enabled = true) {
  return useQuery({ ...getMyTodosQueryOptions(), enabled });
}
