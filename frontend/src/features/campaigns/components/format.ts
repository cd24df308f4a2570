import dayjs from 'dayjs';

/** A date for people: 2009年9月1日 in Chinese, per the dayjs locale otherwise. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  return dayjs(iso).format(dayjs.locale() === 'zh-cn' ? 'YYYY年M月D日' : 'D MMM YYYY');
}

export type PhaseState = 'current' | 'done' | 'upcoming';

/** Where a phase stands relative to `today` (yyyy-mm-dd); the server's `current` flag wins when set. */
export function phaseState(phase: { startsOn?: string; endsOn?: string; current?: boolean }, today: string): PhaseState {
  if (phase.current) return 'current';
  if (phase.endsOn && phase.endsOn < today) return 'done';
  if (phase.startsOn && phase.startsOn <= today && (!phase.endsOn || phase.endsOn >= today)) return 'current';
  return 'upcoming';
}
