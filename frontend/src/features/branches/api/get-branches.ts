import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type Branch = components['schemas']['Branch'];
export type BranchPage = components['schemas']['BranchPage'];
export type BranchKind = components['schemas']['BranchKind'];
export type BranchStatus = components['schemas']['BranchStatus'];
export type BranchListParams = NonNullable<operations['listBranches']['parameters']['query']>;

export const BRANCH_KINDS: BranchKind[] = ['BRANCH', 'GENERAL_BRANCH', 'GRASSROOTS_COMMITTEE'];
export const BRANCH_STATUSES: BranchStatus[] = ['ACTIVE', 'ARCHIVED'];

export async function getBranches(query: BranchListParams, signal?: AbortSignal): Promise<BranchPage> {
  return unwrap(await api.GET('/api/v1/branches', { params: { query }, signal }));
}

export const branchKeys = {
  all: ['branches'] as const,
  lists: () => [...branchKeys.all, 'list'] as const,
  list: (query: BranchListParams) => [...branchKeys.lists(), query] as const,
  detail: (id: number) => [...branchKeys.all, 'detail', id] as const,
};

export function getBranchesQueryOptions(query: BranchListParams) {
  return queryOptions({
    queryKey: branchKeys.list(query),
    queryFn: ({ signal }) => getBranches(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBranches(query: BranchListParams, options?: { enabled?: boolean }) {
  return useQuery({ ...getBranchesQueryOptions(query), enabled: options?.enabled ?? true });
}
