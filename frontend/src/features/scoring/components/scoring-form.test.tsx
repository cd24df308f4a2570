import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scoresheet, standard } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { Standard } from '@/features/campaigns/api/get-standards';
import { needsComment, scoreProblem, showPoints, stepPoints, total } from './score-rules';
import { ScoringForm } from './scoring-form';

const standards: Standard[] = [
  standard({
    id: 1,
    code: 'STUDY',
    name: '重视学习',
    maxPoints: 15,
    indicators: [
      { id: 11, seq: 1, code: 'S1', name: '组织会员学习', description: null, maxPoints: 10 },
      { id: 12, seq: 2, code: 'S2', name: '班子学习培训', description: null, maxPoints: 5 },
    ],
  }),
];

describe('score rules', () => {
  it('keeps scores within 0..max in steps of 0.5', () => {
    expect(scoreProblem(undefined, 10)).toBeNull();
    expect(scoreProblem(0, 10)).toBeNull();
    expect(scoreProblem(9.5, 10)).toBeNull();
    expect(scoreProblem(10.5, 10)).toBe('range');
    expect(scoreProblem(-0.5, 10)).toBe('range');
    expect(scoreProblem(7.3, 10)).toBe('step');
  });

  it('asks for a comment below 60 % of the points', () => {
    expect(needsComment(5.5, 10)).toBe(true);
    expect(needsComment(6, 10)).toBe(false);
    expect(needsComment(2.5, 5)).toBe(true);
    expect(needsComment(3, 5)).toBe(false);
    expect(needsComment(undefined, 10)).toBe(false);
    expect(total([6, undefined, 2.5])).toBe(8.5);
  });

  it('steps in halves within 0..max, back onto the grid from a typed score', () => {
    expect(stepPoints(undefined, 1, 10)).toBe(0.5);
    expect(stepPoints(8, 1, 10)).toBe(8.5);
    expect(stepPoints(8, -1, 10)).toBe(7.5);
    expect(stepPoints(7.3, 1, 10)).toBe(7.5);
    expect(stepPoints(7.3, -1, 10)).toBe(7);
    expect(stepPoints(10, 1, 10)).toBe(10);
    expect(stepPoints(0, -1, 10)).toBe(0);
    expect(showPoints(8)).toBe('8');
    expect(showPoints(72.5)).toBe('72.5');
    expect(showPoints(undefined)).toBe('—');
  });
});

describe('ScoringForm', () => {
  it('refuses a low score without a comment before sending, then starts the draft with the comment', async () => {
    const { fn, requests } = mockFetch(() =>
      json({ id: 5, branchId: 3, status: 'DRAFT', version: 0, scores: [{ indicatorId: 11, points: 4, comment: '记录不全' }] }, 201),
    );
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={null} />);
    const [first] = screen.getAllByRole('spinbutton');
    await userEvent.type(first!, '4');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('得分低于该项分值的 60%，请填写评语')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('评语（得分低于 60% 时必填）'), '记录不全');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(fn).toHaveBeenCalledTimes(1));
    expect(requests[0]!.method).toBe('POST');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/campaigns/2/scoresheets');
    expect(await requests[0]!.json()).toEqual({ branchId: 3, scores: [{ indicatorId: 11, points: 4, comment: '记录不全' }] });
    expect(screen.getByTestId('score-total')).toHaveTextContent('合计 4 / 15 分');
  });

  it('names the unscored indicators instead of submitting', async () => {
    const { fn } = mockFetch(() => json({}));
    const sheet = scoresheet({ id: 5, status: 'DRAFT', version: 1, scores: [{ indicatorId: 11, points: 8 }] });
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={sheet} />);
    await userEvent.click(screen.getByRole('button', { name: '提交评分' }));
    expect(await screen.findByText('还有 1 项未评分')).toBeInTheDocument();
    expect(screen.getByText('请评分')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();
  });

  it('keeps the running total and the actions in the sticky bar, updated as points are tapped or typed', async () => {
    mockFetch(() => json({}));
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={null} />);
    const total = screen.getByTestId('score-total');
    expect(total).toHaveTextContent('合计 0 / 15 分');
    const bar = total.closest('.cx-sticky-actions') as HTMLElement;
    expect(bar).not.toBeNull();
    expect(within(bar).getByRole('button', { name: '保存草稿' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: '提交评分' })).toBeInTheDocument();

    const plus = screen.getByRole('button', { name: '组织会员学习 加 0.5 分' });
    await userEvent.click(plus);
    await userEvent.click(plus);
    expect(screen.getAllByRole('spinbutton')[0]).toHaveValue('1.0');
    expect(total).toHaveTextContent('合计 1 / 15 分');
    await userEvent.type(screen.getAllByRole('spinbutton')[1]!, '4.5');
    await waitFor(() => expect(total).toHaveTextContent('合计 5.5 / 15 分'));
    await userEvent.click(screen.getByRole('button', { name: '班子学习培训 减 0.5 分' }));
    await waitFor(() => expect(total).toHaveTextContent('合计 5 / 15 分'));
    // a full score has nowhere further to go
    await userEvent.click(screen.getByRole('button', { name: '班子学习培训 加 0.5 分' }));
    await userEvent.click(screen.getByRole('button', { name: '班子学习培训 加 0.5 分' }));
    expect(screen.getByRole('button', { name: '班子学习培训 加 0.5 分' })).toBeDisabled();
    expect(total).toHaveTextContent('合计 6 / 15 分');
  });

  it('shows the branch’s submitted self-assessment beside each indicator it scored', () => {
    mockFetch(() => json({}));
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={null} selfPoints={{ 11: 8, 12: 4.5 }} />);
    expect(within(screen.getByTestId('indicator-S1')).getByTestId('self-points')).toHaveTextContent('自评 8 分');
    expect(within(screen.getByTestId('indicator-S2')).getByTestId('self-points')).toHaveTextContent('自评 4.5 分');
  });

  it('reads a submitted scoresheet as a summary: points as words, comments, subtotals and total, no inputs', () => {
    mockFetch(() => json({}));
    const sheet = scoresheet({
      id: 5,
      status: 'SUBMITTED',
      version: 2,
      scores: [
        { indicatorId: 11, points: 8, comment: '学习记录完整' },
        { indicatorId: 12, points: 4.5 },
      ],
    });
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={sheet} selfPoints={{ 11: 9 }} />);
    expect(screen.getByText('评分已提交，不能再修改。')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交评分' })).not.toBeInTheDocument();
    const first = screen.getByTestId('indicator-S1');
    expect(first).toHaveTextContent('组织会员学习');
    expect(first).toHaveTextContent('8 / 10 分');
    expect(first).toHaveTextContent('评语：学习记录完整');
    expect(within(first).getByTestId('self-points')).toHaveTextContent('自评 9 分');
    expect(screen.getByTestId('indicator-S2')).toHaveTextContent('4.5 / 5 分');
    expect(screen.getByRole('heading', { level: 2, name: '重视学习' })).toBeInTheDocument();
    expect(screen.getByTestId('subtotal-STUDY')).toHaveTextContent('小计 12.5 / 15 分');
    expect(screen.getByTestId('score-total')).toHaveTextContent('合计 12.5 / 15 分');
  });
});
