import { screen } from '@testing-library/react';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { ScoringProgressTile } from './scoring-progress-tile';

const totals = (assignments: number, submitted: number, drafts: number) => (request: Request) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/assignments')) return json({ page: 1, size: 1, total: assignments, items: [] });
  const status = url.searchParams.get('status');
  return json({ page: 1, size: 1, total: status === 'SUBMITTED' ? submitted : drafts, items: [] });
};

describe('ScoringProgressTile', () => {
  it('counts scoresheets from the lists’ totals: submitted of expected, drafts and not started', async () => {
    const { requests } = mockFetch(totals(14, 4, 1));
    renderWithProviders(<ScoringProgressTile campaignId={2} />);
    expect(await screen.findByTestId('scoring-submitted')).toHaveTextContent('已提交 4 / 14 份评分表');
    expect(screen.getByTestId('scoring-rest')).toHaveTextContent('草稿 1 份，未开始 9 份');
    expect(screen.getByText('29%')).toBeInTheDocument();
    expect(requests.map((r) => new URL(r.url).search).sort()).toEqual(['?size=1', '?size=1&status=DRAFT', '?size=1&status=SUBMITTED']);
  });

  it('is empty while no assessor is assigned', async () => {
    mockFetch(totals(0, 0, 0));
    renderWithProviders(<ScoringProgressTile campaignId={2} />);
    expect(await screen.findByText('本活动还没有分配评分任务。')).toBeInTheDocument();
  });

  it('fails on its own with the reason', async () => {
    mockFetch(() => problem(403, { code: 'FORBIDDEN' }));
    renderWithProviders(<ScoringProgressTile campaignId={2} />);
    expect(await screen.findByText('评分信息加载失败')).toBeInTheDocument();
    expect(screen.getByText('您没有权限执行此操作。')).toBeInTheDocument();
  });
});
