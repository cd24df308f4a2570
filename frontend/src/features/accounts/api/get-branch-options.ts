import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type BranchOption = { value: number; label: string };

/** The branches an account or client can belong to, as choices (there are a few dozen at most). */
export async function getBranchOptions(signal?: AbortSignal): Promise<BranchOption[]> {
  const page = unwrap(await api.GET('/api/v1/branches', { params: { query: { size: 100, sort: 'code' } }, signal }));
  return (page.items ?? []).map((b) => ({ value: b.id ?? 0, label: `${b.name ?? ''}（${b.code ?? ''}）` }));
}

export function useBranchOptions() {
  return useQuery(
    queryOptions({ queryKey: ['accounts', 'branch-options'], queryFn: ({ signal }) => getBranchOptions(signal), staleTime: 300_000 }),
  );
}
