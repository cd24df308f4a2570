import type { Campaign, CommendationList, ListSummary } from '../api/keys';

/** The committee's time zone: notice periods are whole days there, whatever the reader's clock says. */
export const COMMITTEE_ZONE = 'Asia/Shanghai';

/** Today in the committee's time zone, as yyyy-mm-dd (how the API names days). */
export function committeeToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: COMMITTEE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day after a yyyy-mm-dd day. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A shortlist may be adjusted while it is a draft or under notice. */
export function isAdjustable(list: Pick<CommendationList, 'status'>): boolean {
  return list.status === 'DRAFT' || list.status === 'NOTICE';
}

export type NoticeWindow = 'none' | 'before' | 'running' | 'ended';

/** Where today stands against the notice period; objections are recorded only while it runs. */
export function noticeWindow(list: Pick<CommendationList, 'status' | 'noticeStartsOn' | 'noticeEndsOn'>, today: string): NoticeWindow {
  if (list.status !== 'NOTICE' || !list.noticeStartsOn || !list.noticeEndsOn) return 'none';
  if (today < list.noticeStartsOn) return 'before';
  if (today > list.noticeEndsOn) return 'ended';
  return 'running';
}

export type ApprovalBlocker =
  { kind: 'notUnderNotice' } | { kind: 'noticeNotEnded'; endsOn: string; approvableOn: string } | { kind: 'objectionsOpen'; count: number };

/**
 * Why the list cannot be approved yet (empty when it can): it must be under notice, the notice must have ended
 * (approval from the day after its last day) and no objection may be open.
 */
export function approvalBlockers(
  list: Pick<CommendationList, 'status' | 'noticeStartsOn' | 'noticeEndsOn' | 'openObjections'>,
  today: string,
): ApprovalBlocker[] {
  if (list.status !== 'NOTICE' || !list.noticeEndsOn) return [{ kind: 'notUnderNotice' }];
  const blockers: ApprovalBlocker[] = [];
  if ((list.openObjections ?? 0) > 0) blockers.push({ kind: 'objectionsOpen', count: list.openObjections ?? 0 });
  if (today <= list.noticeEndsOn) {
    blockers.push({ kind: 'noticeNotEnded', endsOn: list.noticeEndsOn, approvableOn: dayAfter(list.noticeEndsOn) });
  }
  return blockers;
}

/** The published list in force: published, and not corrected by another published list. */
export function listInForce(published: ListSummary[]): ListSummary | undefined {
  const ids = new Set(published.map((l) => l.id));
  return published
    .filter((l) => l.status === 'PUBLISHED' && (l.correctedById == null || !ids.has(l.correctedById)))
    .sort((a, b) => b.id - a.id)[0];
}

export type CampaignListState = {
  /** Results are not final: no list can be drawn yet. */
  resultsOpen: boolean;
  /** The list being worked on (draft, under notice or approved), if any: only one at a time. */
  inProgress?: ListSummary;
  /** The published list in force, if any. */
  inForce?: ListSummary;
  /** A first shortlist may be drawn (by grade or top N). */
  canDraw: boolean;
  /** The list in force may be corrected by a new decision. */
  canCorrect: boolean;
};

/** What staff may do with a campaign's lists, by the API's rules. */
export function campaignListState(campaign: Pick<Campaign, 'resultsStatus'>, lists: ListSummary[]): CampaignListState {
  const resultsOpen = campaign.resultsStatus !== 'FINALISED' && campaign.resultsStatus !== 'PUBLISHED';
  const inProgress = lists.find((l) => l.status !== 'PUBLISHED');
  const inForce = listInForce(lists.filter((l) => l.status === 'PUBLISHED'));
  const free = !resultsOpen && !inProgress;
  return {
    resultsOpen,
    inProgress,
    inForce,
    canDraw: free && !inForce,
    canCorrect: free && Boolean(inForce) && inForce?.correctedById == null,
  };
}

/** Lines of a multi-line text, blank ones left out. */
export function lines(text: string | undefined | null): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
