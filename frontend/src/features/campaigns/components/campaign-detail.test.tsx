import { screen } from '@testing-library/react';
import { campaign } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { Campaign } from '../api/get-campaigns';
import { CampaignDetail } from './campaign-detail';

function render(c: Campaign, { canManage = true, canSeeAdoptions = true } = {}) {
  mockFetch((r) =>
    new URL(r.url).pathname === '/api/v1/campaigns/21'
      ? json(c)
      : json({ items: [], page: 1, size: 20, total: 0, members: [], version: 0 }),
  );
  const recommendations = vi.fn((_c: Campaign, writes: boolean) => <p data-testid="recommendations-tab">{writes ? 'writes' : 'reads'}</p>);
  renderWithProviders(
    <CampaignDetail id={21} canManage={canManage} canSeeAdoptions={canSeeAdoptions} onCopied={vi.fn()} recommendations={recommendations} />,
    { route: '/campaigns/21?tab=recommendations' },
  );
  return recommendations;
}

describe('CampaignDetail', () => {
  it('shows the recommendations of a running campaign to staff, who may write while it is not closed', async () => {
    render(campaign({ id: 21, title: '争创活动', status: 'ACTIVE' }));
    expect(await screen.findByRole('tab', { name: '推荐上报' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('recommendations-tab')).toHaveTextContent('writes');
  });

  it('reads only the recommendations of a closed campaign', async () => {
    render(campaign({ id: 21, title: '争创活动', status: 'CLOSED' }));
    expect(await screen.findByTestId('recommendations-tab')).toHaveTextContent('reads');
  });

  it('has no recommendations for a draft', async () => {
    const shown = render(campaign({ id: 21, title: '争创活动', status: 'DRAFT' }));
    expect(await screen.findByRole('tab', { name: '下级采纳' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '推荐上报' })).toBeNull();
    expect(shown).not.toHaveBeenCalled();
  });

  it('keeps the tab from readers who see no adoptions', async () => {
    render(campaign({ id: 21, title: '争创活动', status: 'ACTIVE' }), { canSeeAdoptions: false });
    expect(await screen.findByRole('tab', { name: '概况' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('tab', { name: '推荐上报' })).toBeNull();
  });
});
