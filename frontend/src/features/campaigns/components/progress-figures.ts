import type { CampaignProgress, PhaseProgress, ProgressState } from '../api/progress';

export type LateDeliverable = {
  key: string;
  branchId: number;
  branch: string;
  type: string;
  phase: string;
  deadline?: string;
  state: ProgressState;
  /** Handed in after the deadline (else: still not handed in, and the deadline has passed). */
  late: boolean;
};

/** Required deliverables handed in late, or still missing after their phase's end (`today` is yyyy-mm-dd). */
export function lateDeliverables(progress: CampaignProgress, today: string): LateDeliverable[] {
  const phases = progress.phases;
  const typeName = new Map(phases.flatMap((p) => p.requiredTypes.map((ty) => [ty.typeId, ty.name] as const)));
  const phaseOf = new Map(phases.map((p) => [p.phaseId, p]));
  return progress.branches.items.flatMap((b) =>
    b.cells
      .filter((c) => {
        const phase = phaseOf.get(c.phaseId);
        const overdue = c.state === 'MISSING' && phase?.endsOn != null && phase.endsOn < today;
        return c.late || overdue;
      })
      .map((c) => ({
        key: `${b.branchId}-${c.typeId}`,
        branchId: b.branchId,
        branch: b.name,
        type: typeName.get(c.typeId) ?? '',
        phase: phaseOf.get(c.phaseId)?.name ?? '',
        deadline: phaseOf.get(c.phaseId)?.endsOn,
        state: c.state,
        late: Boolean(c.late),
      })),
  );
}

export type ProgressTotals = {
  /** (branch, required type) pairs over all phases */
  required: number;
  accepted: number;
  submitted: number;
  returned: number;
  draft: number;
  missing: number;
  late: number;
};

/** A phase that is running or over (`today` is yyyy-mm-dd): what it requires can be missing; a later one's cannot yet. */
export function hasStarted(phase: PhaseProgress, currentPhaseId: number | null | undefined, today: string): boolean {
  return phase.phaseId === currentPhaseId || phase.endsOn < today;
}

/**
 * The server's per-phase totals added up over the whole campaign. With `started`, only the phases it accepts count
 * as missing: a summary due next year is not 未交 today.
 */
export function progressTotals(phases: PhaseProgress[], started: (p: PhaseProgress) => boolean = () => true): ProgressTotals {
  const sum = { required: 0, accepted: 0, submitted: 0, returned: 0, draft: 0, missing: 0, late: 0 };
  let notDueYet = 0;
  for (const p of phases) {
    const t = p.totals;
    sum.accepted += t.accepted;
    sum.submitted += t.submitted;
    sum.returned += t.returned;
    sum.draft += t.draft;
    if (started(p)) sum.missing += t.missing;
    else notDueYet += t.missing;
    sum.late += t.late;
  }
  sum.required = sum.accepted + sum.submitted + sum.returned + sum.draft + sum.missing + notDueYet;
  return sum;
}

/** Today as yyyy-mm-dd in the local calendar, which is how phase dates are written. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
