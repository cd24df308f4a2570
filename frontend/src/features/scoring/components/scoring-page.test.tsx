import { screen, within } from '@testing-library/react';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { ScoringPage } from './scoring-page';

const standards = [
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

function api(self: () => Response) {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/assignments'))
      return json({ page: 1, size: 100, total: 1, items: [{ id: 1, branchId: 3, branchName: '民进离石区总支', assessorId: 7 }] });
    if (path.endsWith('/standards')) return json({ page: 1, size: 100, total: 1, items: standards });
    if (path.endsWith('/scoresheets')) return json({ page: 1, size: 100, total: 0, items: [] });
    if (path === '/api/v1/campaigns/2/self-assessments/3') return self();
    return json({}, 404);
  });
}

describe('ScoringPage', () => {
  it('puts the branch’s submitted self-assessment beside each indicator, and the materials by the title', async () => {
    api(() =>
      json({
        id: 9,
        branchId: 3,
        status: 'SUBMITTED',
        version: 2,
        scores: [
          { indicatorId: 11, points: 8 },
          { indicatorId: 12, points: 4.5 },
        ],
      }),
    );
    renderWithProviders(<ScoringPage campaignId={2} branchId={3} backHref="/scoring" materials={<button type="button">材料</button>} />);
    await screen.findByRole('heading', { level: 1, name: '民进离石区总支' });
    const first = await screen.findByTestId('indicator-S1');
    expect(await within(first).findByText('自评 8 分')).toBeInTheDocument();
    expect(within(screen.getByTestId('indicator-S2')).getByText('自评 4.5 分')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '材料' })).toBeInTheDocument();
  });

  it('scores without a self-assessment when the branch has none to show', async () => {
    const { requests } = api(() => problem(404, { code: 'NOT_FOUND' }));
    renderWithProviders(<ScoringPage campaignId={2} branchId={3} backHref="/scoring" />);
    await screen.findByTestId('indicator-S1');
    await vi.waitFor(() => expect(requests.some((r) => new URL(r.url).pathname.endsWith('/self-assessments/3'))).toBe(true));
    expect(screen.getAllByRole('spinbutton')).toHaveLength(2);
    expect(screen.queryByTestId('self-points')).not.toBeInTheDocument();
  });

  it('never shows a draft self-assessment, should one reach the page', async () => {
    api(() => json({ id: 9, branchId: 3, status: 'DRAFT', version: 0, scores: [{ indicatorId: 11, points: 8 }] }));
    const { queryClient } = renderWithProviders(<ScoringPage campaignId={2} branchId={3} backHref="/scoring" />);
    await screen.findByTestId('indicator-S1');
    await vi.waitFor(() => expect(queryClient.getQueryData(['scoring', 'self', 2, 3])).toMatchObject({ status: 'DRAFT' }));
    expect(screen.queryByTestId('self-points')).not.toBeInTheDocument();
  });
});
