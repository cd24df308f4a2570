import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type Member = components['schemas']['Member'];
export type MemberPage = components['schemas']['MemberPage'];
export type MemberRole = Member['role'];
export type MemberQuery = NonNullable<operations['listMembers']['parameters']['query']>;

export const MEMBER_ROLES: MemberRole[] = ['CHAIR', 'VICE_CHAIR', 'COMMITTEE', 'MEMBER'];

/** Where a branch's member register is kept, one entry a query. */
export const memberKeys = {
  all: (branchId: number) => ['members', branchId] as const,
  list: (branchId: number, query: MemberQuery) => [...memberKeys.all(branchId), query] as const,
};

/** A page of a branch's members. */
export async function getMembers(branchId: number, query: MemberQuery, signal?: AbortSignal): Promise<MemberPage> {
  return unwrap(await api.GET('/api/v1/branches/{branchId}/members', { params: { path: { branchId }, query }, signal }));
}

export function useMembers(branchId: number, query: MemberQuery) {
  return useQuery(
    queryOptions({
      queryKey: memberKeys.list(branchId, query),
      queryFn: ({ signal }) => getMembers(branchId, query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
