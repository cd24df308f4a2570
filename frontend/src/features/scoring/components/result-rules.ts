import type { Standard } from '@/features/campaigns/api/get-standards';
import type { BranchResultDetail } from '../api/get-branch-result-detail';
import type { Consensus } from '../api/get-consensus';
import type { BranchResult, ResultsStatus } from '../api/list-results';

/** The marks a ranking line carries: a disagreement still waiting for a consensus, or a consensus that replaced the aggregate. */
export type ResultFlag = 'disagreement' | 'consensus';

export function resultFlags(row: Pick<BranchResult, 'disagreement' | 'consensus'>): ResultFlag[] {
  const flags: ResultFlag[] = [];
  if (row.disagreement) flags.push('disagreement');
  if (row.consensus) flags.push('consensus');
  return flags;
}

/** Flagged branches without a consensus: finalising is refused while there is one. */
export function awaitingConsensus(rows: BranchResult[]): BranchResult[] {
  return rows.filter((r) => r.disagreement && !r.consensus);
}

/** What staff may do with the results in each state. */
export function resultsActions(status: ResultsStatus | undefined) {
  return {
    canFinalise: status === 'OPEN',
    canPublish: status === 'FINALISED',
    canRecordConsensus: status === 'OPEN',
  };
}

/** The API sorts by these fields; the table's columns map onto them. */
export const RESULT_SORTS = ['rank', 'total', '-total', 'branchCode', '-branchCode', 'branchName', '-branchName', '-rank'] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];

export function parseSort(raw: string | null): ResultSort {
  return (RESULT_SORTS as readonly string[]).includes(raw ?? '') ? (raw as ResultSort) : 'rank';
}

/** A column's sort order as antd wants it, from the sort in the address. */
export function sortOrderOf(sort: ResultSort, field: 'rank' | 'total' | 'branchCode'): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

export function sortFrom(field: string | undefined, order: 'ascend' | 'descend' | null | undefined): ResultSort {
  if (!order || !field) return 'rank';
  return parseSort(order === 'descend' ? `-${field}` : field);
}

/** Each assessor's subtotal per standard, from their submitted scoresheet. */
export function reviewSubtotals(detail: BranchResultDetail | undefined, standards: Standard[]) {
  const standardOf = new Map<number, number>();
  for (const s of standards) for (const i of s.indicators) standardOf.set(i.id, s.id);
  return (detail?.reviews ?? []).map((review) => {
    const subtotal = new Map<number, number>();
    for (const score of review.scores) {
      const standardId = standardOf.get(score.indicatorId);
      if (standardId !== undefined) subtotal.set(standardId, (subtotal.get(standardId) ?? 0) + score.points);
    }
    return { label: review.assessorName ?? review.label, total: review.total, subtotal };
  });
}

/** To the nearest step of 0.5, the grid the consensus scores live on. */
export function toHalfStep(points: number): number {
  return Math.round(points * 2) / 2;
}

/**
 * The consensus form's starting values: the recorded consensus when there is one, otherwise the
 * current (aggregated) standard scores put on the 0.5 grid.
 */
export function consensusStart(consensus: Consensus | null | undefined, row: Pick<BranchResult, 'standards'>, standards: Standard[]) {
  const points: Record<string, number | undefined> = {};
  for (const s of standards) {
    const agreed = consensus?.standards.find((c) => c.standardId === s.id)?.points;
    const current = row.standards?.find((c) => c.standardId === s.id)?.points;
    points[String(s.id)] = agreed ?? (current == null ? undefined : toHalfStep(current));
  }
  return {
    points,
    reason: consensus?.reason ?? '',
    participants: consensus?.participants ?? '',
    siteVisitId: consensus?.siteVisitId,
  };
}
