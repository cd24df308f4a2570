import { useQuery } from '@tanstack/react-query';
import { getBranchesQueryOptions, type BranchListParams, type BranchPage } from '@/features/branches/api/get-branches';

export type BranchOption = { value: number; label: string };

/** The branches an account or client can belong to (there are a few dozen at most). */
const ALL_BRANCHES: BranchListParams = { size: 100, sort: 'code' };

const toOptions = (page: BranchPage): BranchOption[] => page.items.map((b) => ({ value: b.id, label: `${b.name}（${b.code}）` }));

/** Those branches as choices, read through the branches feature's one list read. */
export function useBranchOptions() {
  return useQuery({ ...getBranchesQueryOptions(ALL_BRANCHES), select: toOptions, staleTime: 300_000 });
}
