import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { campaignKeys } from './get-campaigns';

export type BranchChoice = { value: number; label: string };

/** Branches that can join a campaign (not archived), searched by name or code on the server. */
export async function getBranchChoices(q: string, signal?: AbortSignal): Promise<BranchChoice[]> {
  const page = unwrap(
    await api.GET('/api/v1/branches', {
      params: { query: { q: q || undefined, status: 'ACTIVE', sort: 'code', size: 50 } },
      signal,
    }),
  );
  return (page.items ?? []).map((b) => ({ value: b.id ?? 0, label: `${b.name ?? ''}（${b.code ?? ''}）` }));
}

export function useBranchChoices(q: string) {
  return useQuery(
    queryOptions({
      queryKey: [...campaignKeys.all, 'branch-choices', q],
      queryFn: ({ signal }) => getBranchChoices(q, signal),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  );
}
