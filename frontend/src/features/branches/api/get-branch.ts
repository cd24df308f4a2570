import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { branchKeys, type Branch } from './get-branches';

export async function getBranch(id: number, signal?: AbortSignal): Promise<Branch> {
  return unwrap(await api.GET('/api/v1/branches/{id}', { params: { path: { id } }, signal }));
}

export function getBranchQueryOptions(id: number) {
  return queryOptions({ queryKey: branchKeys.detail(id), queryFn: ({ signal }) => getBranch(id, signal) });
}

export function useBranch(id: number | null | undefined) {
  return useQuery({ ...getBranchQueryOptions(id ?? 0), enabled: id != null && id > 0 });
}
