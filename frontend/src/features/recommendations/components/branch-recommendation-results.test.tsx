import { screen, waitFor, within } from '@testing-library/react';
import { recommendation } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { BranchRecommendationResults } from './branch-recommendation-results';

const page = (items: unknown[]) => json({ items, page: 1, size: 20, total: items.length });

describe('BranchRecommendationResults', () => {
  it('lists how the branch’s recommendations were decided, with the decision', async () => {
    const { requests } = mockFetch(() =>
      page([
        recommendation({
          id: 3,
          campaignId: 11,
          sourceCampaignId: 21,
          candidateName: '民进吕梁市委直属第一支部',
          status: 'COMMENDED',
          decisionNumber: '民进中央〔2026〕12号',
          decisionDate: '2026-04-10',
        }),
      ]),
    );
    renderWithProviders(<BranchRecommendationResults campaignId={21} enabled />);
    const list = await screen.findByRole('list', { name: '本组织的推荐表彰结果' });
    expect(screen.getByRole('heading', { name: '推荐表彰结果' })).toBeInTheDocument();
    const item = within(list).getByTestId('recommendation-result');
    expect(item).toHaveTextContent('先进基层组织已表彰');
    expect(item).toHaveTextContent('民进吕梁市委直属第一支部 · 表彰决定：民进中央〔2026〕12号（2026年4月10日）');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/campaigns/21/recommendations');
  });

  it('shows nothing at all while the branch has no decided recommendation', async () => {
    const { requests } = mockFetch(() => page([]));
    renderWithProviders(<BranchRecommendationResults campaignId={21} enabled />);
    await waitFor(() => expect(requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByTestId('recommendation-results')).toBeNull();
  });

  it('asks nothing for a campaign that adopts none above', () => {
    const { fn } = mockFetch(() => page([]));
    renderWithProviders(<BranchRecommendationResults campaignId={21} enabled={false} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(fn).not.toHaveBeenCalled();
  });
});
