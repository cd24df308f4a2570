import type { DeliverableType } from '../api/get-deliverable-types';
import type { DeliverableSummary } from '../api/get-deliverables';
import type { Phase } from '../api/get-phases';
import { phaseState } from './format';

/** One line of what a branch has to do: mend a returned deliverable, write one, or start one later. */
export type DueEntry =
  | { kind: 'returned'; deliverable: DeliverableSummary; deadline?: string }
  | { kind: 'draft'; deliverable: DeliverableSummary; deadline?: string; overdue: boolean }
  | { kind: 'start'; type: DeliverableType; deadline?: string; overdue: boolean; another: boolean }
  | { kind: 'later'; type: DeliverableType; startsOn?: string };

export type DueGroups = { returned: DueEntry[]; soon: DueEntry[]; later: DueEntry[] };

/**
 * What is due, in order: returned deliverables first (with the reason), then drafts and deliverables not yet
 * started in the current and past phases (required ones of past phases are overdue), by deadline; then later phases.
 * A type that allows several per branch can always be started again.
 */
export function dueGroups(phases: Phase[], types: DeliverableType[], mine: DeliverableSummary[], today: string): DueGroups {
  const phaseOf = new Map(phases.map((p) => [p.id, p]));
  const returned: DueEntry[] = mine
    .filter((d) => d.status === 'RETURNED')
    .map((d) => ({ kind: 'returned', deliverable: d, deadline: phaseOf.get(d.phaseId)?.endsOn }));
  const soon: (DueEntry & { deadline?: string })[] = [];
  const later: DueEntry[] = [];
  for (const type of [...types].sort((a, b) => a.seq - b.seq)) {
    const phase = phaseOf.get(type.phaseId);
    if (!phase) continue;
    const state = phaseState(phase, today);
    const ofType = mine.filter((d) => d.typeId === type.id);
    if (state === 'upcoming') {
      if (ofType.length === 0) later.push({ kind: 'later', type, startsOn: phase.startsOn });
      continue;
    }
    const overdue = state === 'done';
    for (const d of ofType.filter((x) => x.status === 'DRAFT'))
      soon.push({ kind: 'draft', deliverable: d, deadline: phase.endsOn, overdue });
    const missing = ofType.length === 0 && (state === 'current' || !!type.required);
    if (missing || (type.multiple && state === 'current')) {
      soon.push({ kind: 'start', type, deadline: phase.endsOn, overdue: overdue && missing, another: ofType.length > 0 });
    }
  }
  // By deadline; on the same day drafts already begun first, "add another" last.
  const rank = (e: DueEntry) => (e.kind === 'draft' ? 0 : e.kind === 'start' && e.another ? 2 : 1);
  soon.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || rank(a) - rank(b));
  return { returned, soon, later };
}
