import type { RecommendationRound } from '../api/keys';

/** The committee's time zone: notice periods are whole days there, whatever the reader's clock says. */
const COMMITTEE_ZONE = 'Asia/Shanghai';

/** Today in the committee's time zone, as yyyy-mm-dd (how the API names days). */
export function committeeToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: COMMITTEE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day after a yyyy-mm-dd day. */
export function dayAfter(day: string): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
}

const weekday = (day: string) => {
  const dow = utc(day).getUTCDay();
  return dow !== 0 && dow !== 6;
};

/** Monday-to-Friday days from `from` to `to`, both included (the API's count of a notice's working days). */
export function workingDays(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = dayAfter(d)) if (weekday(d)) n += 1;
  return n;
}

/** The first day a notice starting on `from` may end to run `minimum` working days. */
export function earliestEnd(from: string, minimum: number): string {
  let end = from;
  while (workingDays(from, end) < Math.max(1, minimum)) end = dayAfter(end);
  return end;
}

export type NoticeWindow = 'none' | 'before' | 'running' | 'ended';

/** Where today stands against the level's notice; objections are recorded only while it runs. */
export function noticeWindow(round: Pick<RecommendationRound, 'status' | 'noticeStartsOn' | 'noticeEndsOn'>, today: string): NoticeWindow {
  if (round.status !== 'NOTICE' || !round.noticeStartsOn || !round.noticeEndsOn) return 'none';
  if (today < round.noticeStartsOn) return 'before';
  if (today > round.noticeEndsOn) return 'ended';
  return 'running';
}
