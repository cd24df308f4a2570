import type { Assignment } from '../api/list-assignments';
import type { Participant } from '@/features/campaigns/api/get-participants';
import type { AssessorLoad } from '../api/list-assessor-load';
import type { FieldErrorData, Problem } from '@/lib/problem';

/** A participating branch with the assessors assigned to it. */
export type BranchRow = { branchId: number; branchCode: string; branchName: string; assignments: Assignment[] };

/** Every participating branch, in the participants' order, each with its assignments. */
export function branchRows(participants: Participant[], assignments: Assignment[]): BranchRow[] {
  const byBranch = new Map<number, Assignment[]>();
  for (const a of assignments) byBranch.set(a.branchId, [...(byBranch.get(a.branchId) ?? []), a]);
  return participants.map((p) => ({
    branchId: p.branchId,
    branchCode: p.branchCode,
    branchName: p.branchName,
    assignments: [...(byBranch.get(p.branchId) ?? [])].sort((x, y) => x.assessorUsername.localeCompare(y.assessorUsername)),
  }));
}

export function assessorLabel(a: Pick<AssessorLoad, 'displayName' | 'username'>): string {
  return a.displayName && a.displayName !== a.username ? `${a.displayName}（${a.username}）` : a.username;
}

/** The pairs the server will refuse because the assessor belongs to the branch (conflict of interest). */
export function ownBranchPairs(
  branchIds: number[],
  assessorIds: number[],
  load: AssessorLoad[],
): { branchId: number; assessorId: number }[] {
  const wanted = new Set(branchIds);
  return load
    .filter((a) => assessorIds.includes(a.assessorId) && a.ownBranchId != null && wanted.has(a.ownBranchId))
    .map((a) => ({ branchId: a.ownBranchId ?? 0, assessorId: a.assessorId }));
}

/** A refused item of a bulk request; `code`, `reason`, `params` and `message` are its field error's, to put in words. */
export type RefusedItem = { branchId?: number; assessorId?: number; conflict: boolean } & FieldErrorData & {
    message: string;
  };

/**
 * The server names each refused item of a bulk request by its position in what was sent
 * (`branchIds[2]`, `assessorIds[0]`, and for a conflict of interest the assessor's position in the
 * `assessorIndex` param): map them back to the branch and the assessor.
 */
export function refusedItems(problem: Problem, sent: { branchIds: number[]; assessorIds: number[] }): RefusedItem[] {
  return (problem.fieldErrors ?? []).map((fe) => {
    const field = fe.field;
    const message = fe.message;
    const branch = /^branchIds\[(\d+)\]$/.exec(field);
    const assessor = /^assessorIds\[(\d+)\]$/.exec(field);
    const conflict = fe.reason === 'CONFLICT_OF_INTEREST';
    const assessorIndex = conflict ? fe.params?.assessorIndex : assessor ? Number(assessor[1]) : undefined;
    return {
      branchId: branch ? sent.branchIds[Number(branch[1])] : undefined,
      assessorId: typeof assessorIndex === 'number' ? sent.assessorIds[assessorIndex] : undefined,
      conflict,
      code: fe.code,
      reason: fe.reason,
      params: fe.params,
      message,
    };
  });
}
