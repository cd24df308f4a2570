import type { BranchResult } from '../api/list-results';

export type RankingLine = {
  key: number;
  rank?: number;
  /** Another branch has the same total, hence the same rank. */
  tied: boolean;
  name: string;
  total?: number;
  grade?: string;
  eligible: boolean;
  reasons: string[];
  /** Scoresheets disagree and no consensus has been recorded yet. */
  disputed: boolean;
};

/** The ranking in display order (the server's position); branches not scored yet have no rank and come last. */
export function rankingLines(items: BranchResult[]): RankingLine[] {
  const perRank = new Map<number, number>();
  for (const r of items) if (r.rank != null) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((r) => ({
      key: r.branchId,
      rank: r.rank ?? undefined,
      tied: r.rank != null && (perRank.get(r.rank) ?? 0) > 1,
      name: r.branchName,
      total: r.total ?? undefined,
      grade: r.grade ?? undefined,
      eligible: r.eligible !== false,
      reasons: r.ineligibleReasons,
      disputed: Boolean(r.disagreement) && !r.consensus,
    }));
}

/** The first `count` ranked lines of a page, and how many branches of the whole ranking are not scored yet (if known). */
export function topOfRanking(items: BranchResult[], total: number, count: number): { top: RankingLine[]; unscored?: number } {
  const lines = rankingLines(items);
  const ranked = lines.filter((l) => l.rank != null);
  // Unscored branches come last: once one is on the page, every ranked branch is on it too.
  const unscored = ranked.length < lines.length ? total - ranked.length : undefined;
  return { top: ranked.slice(0, count), unscored };
}
