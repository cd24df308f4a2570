import type { DeliverableType } from '../api/get-deliverable-types';
import type { DeliverableSummary } from '../api/get-deliverables';
import type { Phase } from '../api/get-phases';
import { dueGroups } from './due-rules';
import { deliverableSummary, deliverableType, phase } from '@/testing/fixtures';

const phases: Phase[] = [
  phase({ id: 1, seq: 1, code: 'MOBILISE', name: '宣传动员', startsOn: '2026-09-01', endsOn: '2026-10-31' }),
  phase({ id: 2, seq: 2, code: 'IMPLEMENT', name: '实施创建', startsOn: '2026-11-01', endsOn: '2027-08-31' }),
  phase({ id: 3, seq: 3, code: 'SUMMARY', name: '总结表彰', startsOn: '2027-09-01', endsOn: '2027-12-31' }),
];
const types: DeliverableType[] = [
  deliverableType({ id: 10, phaseId: 1, seq: 1, name: '实施方案', required: true, multiple: false }),
  deliverableType({ id: 11, phaseId: 1, seq: 2, name: '动员材料', required: false, multiple: false }),
  deliverableType({ id: 20, phaseId: 2, seq: 3, name: '活动记录', required: false, multiple: true }),
  deliverableType({ id: 21, phaseId: 2, seq: 4, name: '中期报告', required: true, multiple: false }),
  deliverableType({ id: 30, phaseId: 3, seq: 5, name: '活动总结', required: true, multiple: false }),
];
const d = (id: number, typeId: number, phaseId: number, status: DeliverableSummary['status']): DeliverableSummary =>
  deliverableSummary({
    id,
    typeId,
    phaseId,
    status,
    title: `材料${id}`,
    returnReason: status === 'RETURNED' ? '缺少时间安排' : null,
  });

describe('what a branch has to do', () => {
  it('lists returned ones first, then what is due by deadline (overdue required ones included), then later phases', () => {
    const mine = [d(1, 20, 2, 'RETURNED'), d(2, 21, 2, 'DRAFT'), d(3, 20, 2, 'ACCEPTED')];
    const groups = dueGroups(phases, types, mine, '2026-12-01');
    expect(groups.returned.map((e) => e.kind === 'returned' && e.deliverable.returnReason)).toEqual(['缺少时间安排']);
    expect(groups.soon.map((e) => ('deliverable' in e ? `d${e.deliverable.id}` : `${e.kind}${e.type.id}`))).toEqual([
      'start10', // the plan of the past phase was never started: overdue, earliest deadline
      'd2',
      'start20', // records: several allowed, so another can always be started
    ]);
    expect(groups.soon[0]).toMatchObject({ overdue: true });
    expect(groups.soon[2]).toMatchObject({ another: true, overdue: false });
    expect(groups.later.map((e) => e.kind === 'later' && e.type.name)).toEqual(['活动总结']);
  });

  it('has nothing due once everything is handed in', () => {
    const mine = [d(1, 10, 1, 'ACCEPTED'), d(2, 21, 2, 'SUBMITTED'), d(3, 20, 2, 'SUBMITTED')];
    const groups = dueGroups(
      phases,
      types.filter((t) => t.id !== 20),
      mine,
      '2026-12-01',
    );
    expect(groups.returned).toEqual([]);
    expect(groups.soon).toEqual([]);
  });
});
