import { useQuery } from '@tanstack/react-query';
import { getBranchesQueryOptions, type BranchPage } from '@/features/branches/api/get-branches';

export type BranchChoice = { value: number; label: string };

const toChoices = (page: BranchPage): BranchChoice[] => page.items.map((b) => ({ value: b.id, label: `${b.name}（${b.code}）` }));

/** Branches that can join a campaign (not archived), searched by name or code on the server. */
export function useBranchChoices(q: string) {
  return useQuery({
    ...getBranchesQueryOptions({ q: q || undefined, status: 'ACTIVE', sort: 'code', size: 50 }),
    select: toChoices,
    staleTime: 60_000,
  });
}
