import { listSummary } from '@/testing/fixtures';
import type { ListSummary } from '../api/keys';
import {
  approvalBlockers,
  campaignListState,
  committeeToday,
  dayAfter,
  isAdjustable,
  lines,
  listInForce,
  noticeWindow,
} from './list-rules';

const notice = { status: 'NOTICE' as const, noticeStartsOn: '2010-11-15', noticeEndsOn: '2010-11-21', openObjections: 0 as number | null };

describe('the committee’s day', () => {
  it('is the date in Lüliang, not on the reader’s clock', () => {
    // 20:30 UTC on 30 November is already 1 December in Asia/Shanghai (UTC+8).
    expect(committeeToday(new Date('2026-11-30T20:30:00Z'))).toBe('2026-12-01');
    expect(committeeToday(new Date('2026-11-30T10:00:00Z'))).toBe('2026-11-30');
  });

  it('turns months and years', () => {
    expect(dayAfter('2010-11-30')).toBe('2010-12-01');
    expect(dayAfter('2010-12-31')).toBe('2011-01-01');
    expect(dayAfter('2012-02-28')).toBe('2012-02-29');
  });
});

describe('the notice and approval rules', () => {
  it('records objections only from the first to the last day of the notice', () => {
    expect(noticeWindow(notice, '2010-11-14')).toBe('before');
    expect(noticeWindow(notice, '2010-11-15')).toBe('running');
    expect(noticeWindow(notice, '2010-11-21')).toBe('running');
    expect(noticeWindow(notice, '2010-11-22')).toBe('ended');
    expect(noticeWindow({ ...notice, status: 'DRAFT' }, '2010-11-16')).toBe('none');
  });

  it('approves only after the last day of the notice and with no objection open, saying why not', () => {
    expect(approvalBlockers(notice, '2010-11-22')).toEqual([]);
    expect(approvalBlockers(notice, '2010-11-21')).toEqual([{ kind: 'noticeNotEnded', endsOn: '2010-11-21', approvableOn: '2010-11-22' }]);
    expect(approvalBlockers({ ...notice, openObjections: 2 }, '2010-11-25')).toEqual([{ kind: 'objectionsOpen', count: 2 }]);
    expect(approvalBlockers({ ...notice, openObjections: 1 }, '2010-11-18').map((b) => b.kind)).toEqual([
      'objectionsOpen',
      'noticeNotEnded',
    ]);
    expect(approvalBlockers({ status: 'DRAFT', noticeStartsOn: null, noticeEndsOn: null, openObjections: null }, '2010-11-25')).toEqual([
      { kind: 'notUnderNotice' },
    ]);
  });

  it('adjusts a list only before its approval', () => {
    expect(isAdjustable({ status: 'DRAFT' })).toBe(true);
    expect(isAdjustable({ status: 'NOTICE' })).toBe(true);
    expect(isAdjustable({ status: 'APPROVED' })).toBe(false);
    expect(isAdjustable({ status: 'PUBLISHED' })).toBe(false);
  });
});

describe('lists of a campaign', () => {
  const published = (id: number, correctedById: number | null = null): ListSummary =>
    listSummary({ id, status: 'PUBLISHED', correctedById });

  it('takes the published list not corrected by another published list as the one in force', () => {
    expect(listInForce([published(1)])?.id).toBe(1);
    expect(listInForce([published(3), published(1, 3)])?.id).toBe(3);
    // A correction still in progress does not replace the list in force for readers.
    expect(listInForce([published(1, 4)])?.id).toBe(1);
    expect(listInForce([])).toBeUndefined();
  });

  it('draws a first list only from final results, one list at a time, and corrects a published one', () => {
    expect(campaignListState({ resultsStatus: 'OPEN' }, [])).toMatchObject({ resultsOpen: true, canDraw: false, canCorrect: false });
    expect(campaignListState({ resultsStatus: 'FINALISED' }, [])).toMatchObject({ canDraw: true, canCorrect: false });
    const draft: ListSummary = listSummary({ id: 2, status: 'NOTICE' });
    expect(campaignListState({ resultsStatus: 'PUBLISHED' }, [draft])).toMatchObject({
      inProgress: draft,
      canDraw: false,
      canCorrect: false,
    });
    expect(campaignListState({ resultsStatus: 'PUBLISHED' }, [published(1)])).toMatchObject({ canDraw: false, canCorrect: true });
    const correcting: ListSummary = listSummary({ id: 5, status: 'DRAFT', correctsId: 1 });
    expect(campaignListState({ resultsStatus: 'PUBLISHED' }, [correcting, published(1, 5)])).toMatchObject({
      canDraw: false,
      canCorrect: false,
    });
  });

  it('reads one point per line', () => {
    expect(lines('学习制度健全\n\n  班子团结  \n')).toEqual(['学习制度健全', '班子团结']);
    expect(lines(undefined)).toEqual([]);
  });
});
