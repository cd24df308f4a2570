import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { Standard } from '../api/assignments';
import { needsComment, scoreProblem, total } from './score-rules';
import { ScoringForm } from './scoring-form';

const standards: Standard[] = [
  {
    id: 1,
    code: 'STUDY',
    name: '重视学习',
    maxPoints: 15,
    indicators: [
      { id: 11, code: 'S1', name: '组织会员学习', maxPoints: 10 },
      { id: 12, code: 'S2', name: '班子学习培训', maxPoints: 5 },
    ],
  },
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
    const sheet = { id: 5, status: 'DRAFT' as const, version: 1, scores: [{ indicatorId: 11, points: 8 }] };
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={sheet} />);
    await userEvent.click(screen.getByRole('button', { name: '提交评分' }));
    expect(await screen.findByText('还有 1 项未评分')).toBeInTheDocument();
    expect(screen.getByText('请评分')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();
  });

  it('shows a submitted scoresheet read-only', () => {
    mockFetch(() => json({}));
    const sheet = {
      id: 5,
      status: 'SUBMITTED' as const,
      version: 2,
      scores: [
        { indicatorId: 11, points: 8 },
        { indicatorId: 12, points: 5 },
      ],
    };
    renderWithProviders(<ScoringForm campaignId={2} branchId={3} standards={standards} sheet={sheet} />);
    expect(screen.getByText('评分已提交，不能再修改。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交评分' })).not.toBeInTheDocument();
    for (const input of screen.getAllByRole('spinbutton')) expect(input).toBeDisabled();
    expect(screen.getByTestId('score-total')).toHaveTextContent('合计 13 / 15 分');
  });
});
