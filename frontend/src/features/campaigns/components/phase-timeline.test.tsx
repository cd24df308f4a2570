import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import type { DeliverableType } from '../api/get-deliverable-types';
import type { Phase } from '../api/get-phases';
import { phaseState } from './format';
import { PhaseTimeline } from './phase-timeline';
import { phase, deliverableType } from '@/testing/fixtures';

const phases: Phase[] = [
  phase({ id: 1, seq: 1, code: 'MOBILISATION', name: '宣传动员', startsOn: '2009-09-01', endsOn: '2009-10-31' }),
  phase({ id: 2, seq: 2, code: 'IMPLEMENTATION', name: '实施创建', startsOn: '2009-11-01', endsOn: '2010-08-31' }),
  phase({ id: 3, seq: 3, code: 'SUMMARY', name: '总结表彰', startsOn: '2010-09-01', endsOn: '2010-12-31' }),
];
const types: DeliverableType[] = [
  deliverableType({ id: 10, phaseId: 1, name: '实施方案', required: true }),
  deliverableType({ id: 11, phaseId: 2, name: '组织活动记录', required: false }),
];

describe('phaseState', () => {
  it('places a phase before, on and after its dates, inclusive at both ends', () => {
    const p = { startsOn: '2009-11-01', endsOn: '2010-08-31' };
    expect(phaseState(p, '2009-10-31')).toBe('upcoming');
    expect(phaseState(p, '2009-11-01')).toBe('current');
    expect(phaseState(p, '2010-08-31')).toBe('current');
    expect(phaseState(p, '2010-09-01')).toBe('done');
    expect(phaseState({ ...p, current: true }, '2001-01-01')).toBe('current');
  });
});

describe('PhaseTimeline', () => {
  it('marks the current phase in words and lists what is due with its deadline', () => {
    renderWithProviders(<PhaseTimeline phases={phases} types={types} today="2010-03-15" />);
    const items = screen.getAllByRole('listitem').filter((li) => li.dataset.testid?.startsWith('phase-'));
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    expect(within(items[0]!).getByText('已结束')).toBeInTheDocument();
    expect(within(items[1]!).getByText('当前阶段')).toBeInTheDocument();
    expect(within(items[2]!).getByText('未开始')).toBeInTheDocument();
    expect(within(items[0]!).getByText('必交')).toBeInTheDocument();
    expect(within(items[0]!).getByText('截止 2009年10月31日')).toBeInTheDocument();
    expect(within(items[1]!).getByText('选交')).toBeInTheDocument();
    expect(within(items[2]!).getByText('本阶段没有需要提交的材料。')).toBeInTheDocument();
  });

  it('offers a date change per phase only when editing is allowed', async () => {
    const onEdit = vi.fn();
    const { rerender } = renderWithProviders(<PhaseTimeline phases={phases} today="2010-03-15" />);
    expect(screen.queryByRole('button', { name: /修改日期/ })).toBeNull();
    rerender(<PhaseTimeline phases={phases} today="2010-03-15" onEdit={onEdit} />);
    await userEvent.click(await screen.findByRole('button', { name: '修改日期 实施创建' }));
    expect(onEdit).toHaveBeenCalledWith(phases[1]);
  });

  it('says so when there are no phases', () => {
    renderWithProviders(<PhaseTimeline phases={[]} />);
    expect(screen.getByText('尚未设置活动步骤。')).toBeInTheDocument();
  });
});
