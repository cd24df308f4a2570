import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { ResultsDesk } from './results-desk';

const hrefs = { campaign: '/campaigns/2', assignments: '/campaigns/2/assignments', results: '/campaigns/2/results' };
const campaign = { id: 2, title: '争创活动（2026年）', resultsStatus: 'OPEN', disagreementThreshold: 10, version: 4 };
const standards = [
  { id: 5, code: 'STUDY', name: '重视学习', maxPoints: 25, indicators: [{ id: 15, code: 'STUDY_1', maxPoints: 25 }] },
  { id: 6, code: 'UNITY', name: '团结协作', maxPoints: 25, indicators: [{ id: 19, code: 'UNITY_1', maxPoints: 25 }] },
];
const row = (code: string, name: string, extra: Record<string, unknown>) => ({
  branchId: code === 'JC' ? 5 : 1,
  branchCode: code,
  branchName: name,
  scoresheets: 2,
  eligible: true,
  ineligibleReasons: [],
  ...extra,
});
const flagged = row('JC', '民进交城县支部', {
  rank: 1,
  total: 37.75,
  grade: '合格',
  disagreement: true,
  consensus: false,
  standards: [
    { standardId: 5, points: 18.25, maxPoints: 25 },
    { standardId: 6, points: 19.5, maxPoints: 25 },
  ],
});
const calm = row('LS', '民进离石区总支', {
  rank: 2,
  total: 30,
  disagreement: false,
  consensus: false,
  eligible: false,
  ineligibleReasons: ['缺少已通过审核的必交材料: 活动总结'],
  standards: [
    { standardId: 5, points: 15, maxPoints: 25 },
    { standardId: 6, points: 15, maxPoints: 25 },
  ],
});

function api(overrides: (request: Request, path: string) => Response | undefined = () => undefined) {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    const answer = overrides(request, path);
    if (answer) return answer;
    if (path === '/api/v1/campaigns/2') return json(campaign);
    if (path === '/api/v1/campaigns/2/standards') return json({ items: standards, page: 1, size: 100, total: 2 });
    if (path === '/api/v1/campaigns/2/results') return json({ items: [flagged, calm], page: 1, size: 50, total: 2, resultsStatus: 'OPEN' });
    if (path === '/api/v1/campaigns/2/consensus/5') return problem(404, { code: 'NOT_FOUND', detail: 'No consensus' });
    if (path === '/api/v1/campaigns/2/results/5')
      return json({
        result: flagged,
        reviews: [
          {
            label: '评审 1',
            assessorName: '考核组 李评',
            total: 50,
            scores: [
              { indicatorId: 15, points: 25 },
              { indicatorId: 19, points: 25 },
            ],
          },
          {
            label: '评审 2',
            assessorName: '考核组 赵评',
            total: 25.5,
            scores: [
              { indicatorId: 15, points: 11.5 },
              { indicatorId: 19, points: 14 },
            ],
          },
        ],
      });
    if (path === '/api/v1/campaigns/2/site-visits') return json({ items: [], page: 1, size: 100, total: 0 });
    return json({}, 404);
  });
}

describe('ResultsDesk', () => {
  it('marks a disagreement in words and icon, says which branches wait for a consensus, and shows eligibility reasons', async () => {
    api();
    renderWithProviders(<ResultsDesk campaignId={2} hrefs={hrefs} />);
    const line = await screen.findByTestId('result-JC');
    expect(within(line).getByTestId('flag-disagreement')).toHaveTextContent('评分分歧');
    expect(within(line).getByTestId('flag-disagreement').querySelector('[aria-hidden] .anticon-warning')).not.toBeNull();
    expect(within(screen.getByTestId('result-LS')).queryByTestId('flag-disagreement')).toBeNull();
    expect(within(screen.getByTestId('result-LS')).getByText('原因：缺少已通过审核的必交材料: 活动总结')).toBeInTheDocument();
    expect(screen.getByTestId('awaiting-consensus')).toHaveTextContent(
      '1 个组织评分分歧超过 10 分，尚未录入合议结果，定稿前须逐一合议：民进交城县支部',
    );
    expect(within(line).getByRole('button', { name: '录入合议 民进交城县支部' })).toBeInTheDocument();
  });

  it('shows the refusal to finalise while a consensus is missing, naming the branches without one', async () => {
    const { requests } = api((_request, path) =>
      path.endsWith('/results/finalise')
        ? problem(409, {
            code: 'CONSENSUS_MISSING',
            detail: '1 branches flagged for disagreement have no consensus result: JC 民进交城县支部',
          })
        : undefined,
    );
    renderWithProviders(<ResultsDesk campaignId={2} hrefs={hrefs} />);
    await screen.findByTestId('result-JC');
    await userEvent.click(screen.getByRole('button', { name: /定\s*稿/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('定稿后评分、分配和合议都不能再修改');
    await userEvent.click(within(dialog).getByRole('button', { name: /定\s*稿/ }));
    const refusal = await screen.findByTestId('refusal');
    expect(refusal).toHaveTextContent('有评分分歧的组织尚未录入合议结果，不能定稿。');
    expect(refusal).toHaveTextContent('民进交城县支部');
    expect(refusal).not.toHaveTextContent('flagged');
    const sent = requests.find((r) => r.url.endsWith('/results/finalise'));
    expect(await sent!.json()).toEqual({ version: 4 });
  });

  it('records a consensus from a flagged line: the assessors’ scores beside it, scores on the 0.5 grid', async () => {
    const { requests } = api((request, path) =>
      request.method === 'PUT' && path === '/api/v1/campaigns/2/consensus/5'
        ? json({ id: 1, branchId: 5, version: 0, standards: [], total: 40 })
        : undefined,
    );
    renderWithProviders(<ResultsDesk campaignId={2} hrefs={hrefs} />);
    await userEvent.click(await screen.findByRole('button', { name: '录入合议 民进交城县支部' }));
    const drawer = await screen.findByRole('dialog');
    const reviews = await within(drawer).findByTestId('consensus-reviews');
    expect(reviews).toHaveTextContent('考核组 李评');
    expect(reviews).toHaveTextContent('考核组 赵评');
    // The aggregate 18.25 starts on the grid at 18.5.
    const [study, unity] = within(drawer).getAllByRole('spinbutton');
    expect(study).toHaveValue('18.5');
    expect(unity).toHaveValue('19.5');
    await userEvent.click(within(drawer).getByRole('button', { name: '保存合议结果' }));
    expect(await within(drawer).findAllByText('必填')).toHaveLength(2);

    await userEvent.clear(study!);
    await userEvent.type(study!, '20');
    await userEvent.type(within(drawer).getByLabelText('合议理由'), '实地调研核实，评审二依据不足');
    await userEvent.type(within(drawer).getByLabelText('参加人员'), '李评、赵评、组织部 张部长');
    await userEvent.click(within(drawer).getByRole('button', { name: '保存合议结果' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({
      reason: '实地调研核实，评审二依据不足',
      participants: '李评、赵评、组织部 张部长',
      standards: [
        { standardId: 5, points: 20 },
        { standardId: 6, points: 19.5 },
      ],
    });
  });

  it("puts the server's refusal of a consensus score on its standard and says the rest above the form", async () => {
    api((request, path) =>
      request.method === 'PUT' && path === '/api/v1/campaigns/2/consensus/5'
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [
              { field: 'standards[1].points', code: 'INVALID', message: 'must be a multiple of 0.5', reason: 'HALF_STEP' },
              { field: 'version', code: 'REQUIRED', message: 'must not be null' },
            ],
          })
        : undefined,
    );
    renderWithProviders(<ResultsDesk campaignId={2} hrefs={hrefs} />);
    await userEvent.click(await screen.findByRole('button', { name: '录入合议 民进交城县支部' }));
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByTestId('consensus-reviews');
    await userEvent.type(within(drawer).getByLabelText('合议理由'), '实地调研核实');
    await userEvent.type(within(drawer).getByLabelText('参加人员'), '李评、赵评');
    await userEvent.click(within(drawer).getByRole('button', { name: '保存合议结果' }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('请检查：必填');
    const unity = within(drawer).getAllByRole('spinbutton')[1]!;
    expect(unity.closest('.ant-form-item')).toHaveTextContent('须为 0.5 的整数倍');
    expect(within(drawer).getAllByRole('spinbutton')[0]!.closest('.ant-form-item')).not.toHaveTextContent('须为 0.5 的整数倍');
  });

  it('offers publishing only once the results are finalised', async () => {
    api((_r, path) => (path === '/api/v1/campaigns/2' ? json({ ...campaign, resultsStatus: 'FINALISED' }) : undefined));
    renderWithProviders(<ResultsDesk campaignId={2} hrefs={hrefs} />);
    await screen.findByRole('button', { name: /公布结果/ });
    expect(screen.queryByRole('button', { name: /定\s*稿/ })).toBeNull();
    expect(screen.getByRole('button', { name: /导出评分表/ })).toBeEnabled();
  });

  it('keeps the score sheet export waiting, in words, until the results are finalised', async () => {
    api((_r, path) => (path === '/api/v1/campaigns/2' ? json({ ...campaign, resultsStatus: 'OPEN' }) : undefined));
    renderWithProviders(<ResultsDesk campaignId={2} hrefs={hrefs} />);
    expect(await screen.findByText('定稿后可导出评分表。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /导出评分表/ })).toBeDisabled();
  });
});
