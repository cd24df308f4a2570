import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { selfAssessment, standard } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { Standard } from '@/features/campaigns/api/get-standards';
import { SelfAssessmentForm } from './self-assessment-form';
import { justificationTooLong, selfScores, selfStatus } from './self-assessment-rules';

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
const indicators = standards[0]!.indicators;

describe('self-assessment rules', () => {
  it('sends only scored indicators, in order, with trimmed notes', () => {
    const values = { s: { '12': { points: 4, justification: '  每月学习一次 ' }, '11': { points: null, justification: '无分' } } };
    expect(selfScores(indicators, values)).toEqual([{ indicatorId: 12, points: 4, justification: '每月学习一次' }]);
  });

  it('knows where the self-assessment stands and how long a note may be', () => {
    expect(selfStatus(null)).toBe('NONE');
    expect(selfStatus(selfAssessment({ status: 'DRAFT' }))).toBe('DRAFT');
    expect(selfStatus(selfAssessment({ status: 'SUBMITTED' }))).toBe('SUBMITTED');
    expect(justificationTooLong('a'.repeat(500))).toBe(false);
    expect(justificationTooLong('a'.repeat(501))).toBe(true);
    expect(justificationTooLong(undefined)).toBe(false);
  });
});

describe('SelfAssessmentForm', () => {
  it('keeps a score within the indicator’s points and refuses one off the 0.5 grid before sending', async () => {
    const { fn } = mockFetch(() => json({}));
    renderWithProviders(<SelfAssessmentForm campaignId={2} branchId={4} standards={standards} current={null} />);
    const [first, second] = screen.getAllByRole('spinbutton');
    expect(first).toHaveAttribute('aria-valuemax', '10');
    expect(second).toHaveAttribute('aria-valuemax', '5');
    await userEvent.type(first!, '12');
    await userEvent.tab();
    expect(first).toHaveValue('10.0');
    await userEvent.type(second!, '2.3');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('得分须为 0.5 的整数倍')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();
    expect(screen.getByTestId('self-total')).toHaveTextContent('自评合计 12.3 / 15 分');
  });

  it('saves the first draft without a version and later ones with the version read', async () => {
    const { requests } = mockFetch(async (request) => {
      const body = (await request.clone().json()) as { scores: unknown[] };
      return json({ id: 9, branchId: 4, status: 'DRAFT', version: body.scores.length, scores: body.scores });
    });
    renderWithProviders(<SelfAssessmentForm campaignId={2} branchId={4} standards={standards} current={null} />);
    const [first] = screen.getAllByRole('spinbutton');
    await userEvent.type(first!, '8.5');
    await userEvent.type(screen.getAllByLabelText('说明（选填）')[0]!, '全年集中学习 6 次');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await screen.findByText('草稿已保存');
    expect(requests[0]!.method).toBe('PUT');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/campaigns/2/self-assessments/4');
    expect(await requests[0]!.json()).toEqual({ scores: [{ indicatorId: 11, points: 8.5, justification: '全年集中学习 6 次' }] });
    expect(screen.getByTestId('self-total')).toHaveTextContent('自评合计 8.5 / 15 分');
  });

  it('names the indicators still unscored instead of submitting, then submits after a confirmation', async () => {
    const { requests } = mockFetch(async (request) => {
      if (request.url.endsWith('/submit'))
        return json({ id: 9, status: 'SUBMITTED', version: 3, submittedAt: '2026-11-30T08:00:00Z', scores: [] });
      return json({ id: 9, status: 'DRAFT', version: 2, scores: [] });
    });
    const current = selfAssessment({ id: 9, status: 'DRAFT', version: 1, scores: [{ indicatorId: 11, points: 9 }] });
    renderWithProviders(<SelfAssessmentForm campaignId={2} branchId={4} standards={standards} current={current} />);
    await userEvent.click(screen.getByRole('button', { name: '提交自评' }));
    expect(await screen.findByText('还有 1 项未自评')).toBeInTheDocument();
    expect(screen.getByText('请自评打分')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await userEvent.type(screen.getAllByRole('spinbutton')[1]!, '4');
    await userEvent.click(screen.getByRole('button', { name: '提交自评' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('自评合计 13 分');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交自评' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(await requests[0]!.json()).toEqual({
      scores: [
        { indicatorId: 11, points: 9 },
        { indicatorId: 12, points: 4 },
      ],
      version: 1,
    });
    expect(new URL(requests[1]!.url).pathname).toBe('/api/v1/campaigns/2/self-assessments/4/submit');
    expect(await requests[1]!.json()).toEqual({ version: 2 });
  });

  it('puts the server’s refusal of a score back on the indicator', async () => {
    mockFetch(() =>
      problem(400, {
        code: 'VALIDATION_FAILED',
        fieldErrors: [
          {
            field: 'scores[0].points',
            code: 'OUT_OF_RANGE',
            message: 'must be between 0 and 5 for indicator S2',
            reason: 'BETWEEN',
            params: { min: 0, max: 5 },
          },
        ],
      }),
    );
    renderWithProviders(<SelfAssessmentForm campaignId={2} branchId={4} standards={standards} current={null} />);
    await userEvent.type(screen.getAllByRole('spinbutton')[1]!, '5');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('须在 0 到 5 之间')).toBeInTheDocument();
  });

  it('keeps the running self total and the actions in the sticky bar', async () => {
    mockFetch(() => json({}));
    renderWithProviders(<SelfAssessmentForm campaignId={2} branchId={4} standards={standards} current={null} />);
    const total = screen.getByTestId('self-total');
    const bar = total.closest('.cx-sticky-actions') as HTMLElement;
    expect(within(bar).getByRole('button', { name: '提交自评' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: '保存草稿' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '组织会员学习 加 0.5 分' }));
    expect(total).toHaveTextContent('自评合计 0.5 / 15 分');
    await userEvent.type(screen.getAllByRole('spinbutton')[1]!, '3');
    await waitFor(() => expect(total).toHaveTextContent('自评合计 3.5 / 15 分'));
  });

  it('reads a submitted self-assessment as a summary without inputs', () => {
    mockFetch(() => json({}));
    const current = selfAssessment({
      id: 9,
      status: 'SUBMITTED',
      version: 3,
      submittedAt: '2026-11-30T08:00:00Z',
      scores: [
        { indicatorId: 11, points: 9, justification: '学习扎实' },
        { indicatorId: 12, points: 4 },
      ],
    });
    renderWithProviders(<SelfAssessmentForm campaignId={2} branchId={4} standards={standards} current={current} />);
    expect(screen.getByText(/自评已于 2026年11月30日 \d\d:\d\d 提交，不能再修改。/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交自评' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存草稿' })).not.toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByTestId('self-S1')).toHaveTextContent('9 / 10 分');
    expect(screen.getByTestId('self-S1')).toHaveTextContent('说明：学习扎实');
    expect(screen.getByTestId('self-S2')).toHaveTextContent('4 / 5 分');
    expect(screen.getByTestId('subtotal-STUDY')).toHaveTextContent('小计 13 / 15 分');
    expect(screen.getByTestId('self-total')).toHaveTextContent('自评合计 13 / 15 分');
  });
});
