import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { RankingBoard, RankingTopTile } from './ranking-tiles';

// ECharts draws on a canvas jsdom lacks; the chart's text alternative is what a test can read.
vi.mock('@/components/echart', () => ({
  default: ({ label, testId }: { label: string; testId?: string }) => <div role="img" aria-label={label} data-testid={testId} />,
}));

const line = (position: number, name: string, rank?: number, total?: number, extra: object = {}) => ({
  branchId: position,
  branchName: name,
  position,
  rank,
  total,
  grade: total ? '良好' : undefined,
  eligible: true,
  ...extra,
});

const published = {
  page: 1,
  size: 100,
  total: 3,
  resultsStatus: 'PUBLISHED',
  items: [
    line(1, '民进岚县支部', 1, 89),
    line(2, '民进柳林县支部', 2, 80.17),
    line(3, '民进交城县支部', 2, 80.17, { eligible: false, ineligibleReasons: ['缺少已通过审核的必交材料: 活动总结'] }),
  ],
};

describe('RankingTopTile', () => {
  it('asks for the top five by rank and lists the ranked ones, provisional while not published', async () => {
    const { requests } = mockFetch(() =>
      json({
        page: 1,
        size: 5,
        total: 13,
        resultsStatus: 'OPEN',
        items: [line(1, '民进孝义市基层委员会', 1, 84), line(2, '民进离石区总支', 2, 76.75), line(3, '民进方山县支部')],
      }),
    );
    renderWithProviders(<RankingTopTile campaignId={2} rankingHref="/ranking?campaign=2" />);
    const items = await screen.findAllByTestId('ranking-item');
    expect(items.map((i) => within(i).getByTestId('ranking-rank').textContent)).toEqual(['1', '2']);
    expect(items[0]).toHaveTextContent('民进孝义市基层委员会84 分 · 良好');
    expect(screen.getByTestId('ranking-provisional')).toHaveTextContent('暂定排名');
    expect(screen.getByTestId('ranking-unscored')).toHaveTextContent('另有 11 个组织尚未评分');
    expect(screen.getByRole('link', { name: /完整排名（共 13 个组织）/ })).toHaveAttribute('href', '/ranking?campaign=2');
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/api/v1/campaigns/2/results');
    expect(Object.fromEntries(url.searchParams)).toEqual({ size: '5', sort: 'rank' });
  });

  it('turns the not-published refusal into a friendly empty state with a way to published rankings', async () => {
    mockFetch(() => problem(403, { code: 'RESULTS_NOT_PUBLISHED', detail: 'The results of campaign 2 are not published yet' }));
    renderWithProviders(<RankingTopTile campaignId={2} rankingHref="/ranking" />);
    expect(await screen.findByText('考核结果尚未公布，公布后即可在此查看排名。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /查看已公布的考核排名/ })).toHaveAttribute('href', '/ranking');
    expect(screen.getByTestId('tile-ranking')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('button', { name: /重\s*试/ })).not.toBeInTheDocument();
  });

  it('says so when nobody has submitted a scoresheet', async () => {
    mockFetch(() => json({ page: 1, size: 5, total: 2, resultsStatus: 'OPEN', items: [line(1, '甲'), line(2, '乙')] }));
    renderWithProviders(<RankingTopTile campaignId={2} rankingHref="/ranking" />);
    expect(await screen.findByText('还没有已提交的评分。')).toBeInTheDocument();
  });

  it('shows another refusal as an error and loads again on retry', async () => {
    let calls = 0;
    mockFetch(() => (++calls === 1 ? problem(500, { title: 'Internal Server Error' }) : json(published)));
    renderWithProviders(<RankingTopTile campaignId={1} rankingHref="/ranking" />);
    expect(await screen.findByText('考核排名加载失败')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findAllByTestId('ranking-item')).toHaveLength(3);
    expect(screen.queryByTestId('ranking-provisional')).not.toBeInTheDocument();
  });
});

describe('RankingBoard', () => {
  it('draws the chart and lists every branch with shared ranks and the reason a branch is not eligible', async () => {
    mockFetch(() => json(published));
    renderWithProviders(<RankingBoard campaignId={1} />);
    const chart = await screen.findByTestId('ranking-chart');
    expect(chart).toHaveAttribute('aria-label', expect.stringContaining('第 1 名为民进岚县支部（89 分）'));
    const items = screen.getAllByTestId('ranking-item');
    expect(items).toHaveLength(3);
    expect(within(items[1]!).getByTestId('ranking-rank')).toHaveTextContent('2并列');
    expect(within(items[2]!).getByTestId('ranking-rank')).toHaveTextContent('2并列');
    expect(items[2]).toHaveTextContent('不具备评选资格');
    expect(items[2]).toHaveTextContent('缺少已通过审核的必交材料: 活动总结');
    expect(items[0]).not.toHaveTextContent('不具备评选资格');
  });

  it('shows one friendly state, and no chart, before the results are published', async () => {
    mockFetch(() => problem(403, { code: 'RESULTS_NOT_PUBLISHED' }));
    renderWithProviders(<RankingBoard campaignId={2} />);
    expect(await screen.findByText('考核结果尚未公布，公布后即可在此查看排名。')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('ranking-chart')).not.toBeInTheDocument());
    expect(screen.queryByTestId('ranking-item')).not.toBeInTheDocument();
  });
});
