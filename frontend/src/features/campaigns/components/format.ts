// One date format for the whole app.
export { formatDate } from '@/lib/format';

export type PhaseState = 'current' | 'done' | 'upcoming';

/** Where a phase stands relative to `today` (yyyy-mm-dd); the server's `current` flag wins when set. */
export function phaseState(phase: { startsOn?: string; endsOn?: string; current?: boolean }, today: string): PhaseState {
  if (phase.current) return 'current';
  if (phase.endsOn && phase.endsOn < today) return 'done';
  if (phase.startsOn && phase.startsOn <= today && (!phase.endsOn || phase.endsOn >= today)) return 'current';
  return 'upcoming';
}
