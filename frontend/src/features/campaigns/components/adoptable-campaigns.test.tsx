import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adoptableCampaign, campaign } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { AdoptableCampaign } from '../api/get-adoptable-campaigns';
import { CampaignList } from './campaign-list';

const TITLE = '民进山西省委员会贯彻会中央《意见》的实施方案（2026年）';
const offer = adoptableCampaign({
  id: 21,
  title: TITLE,
  documentNumber: '进晋字【2026】17号',
  startsOn: '2026-03-01',
  endsOn: '2026-12-31',
});

/** The campaign list of a city committee's staff, with `offers` launched by the province above. */
function api(offers: AdoptableCampaign[]) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/adoptable-campaigns') return json({ items: offers, page: 1, size: 20, total: offers.length });
    if (request.method === 'POST') return json(campaign({ id: 41, title: TITLE, documentNumber: '太民字【2026】3号' }), 201);
    return json({ items: [], page: 1, size: 20, total: 0 });
  });
}

const detailHref = (id: number) => `/campaigns/${id}`;

describe('Campaigns launched above', () => {
  it('lists the campaigns to adopt, and lets an administrator draw up the plan of one', async () => {
    const { requests } = api([offer]);
    const onAdopted = vi.fn();
    renderWithProviders(<CampaignList detailHref={detailHref} canSeeAdoptable canAdopt onAdopted={onAdopted} />);
    const section = await screen.findByRole('region', { name: '上级部署的活动' });
    const item = within(section).getByRole('listitem');
    expect(item).toHaveTextContent(TITLE);
    expect(item).toHaveTextContent('民进山西省委员会 · 文号 进晋字【2026】17号 · 2026年3月1日 至 2026年12月31日');

    await userEvent.click(within(item).getByRole('button', { name: `为 ${TITLE} 制定实施方案` }));
    // (In tests antd gives the dialog's title and the status filter the same id: the dialog is found by its text.)
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`为“${TITLE}”制定实施方案`);
    await userEvent.type(within(dialog).getByLabelText('文号'), '太民字【2026】3号');
    await userEvent.click(within(dialog).getByRole('button', { name: /制定方案/ }));
    await waitFor(() => expect(onAdopted).toHaveBeenCalledWith(expect.objectContaining({ id: 41 })));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/21/adoptions');
    // The offers are read again: the plan now stands beside the campaign it adopts.
    await waitFor(() =>
      expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/adoptable-campaigns').length).toBeGreaterThan(1),
    );
  });

  it('leads to the plan once adopted, and offers leaders no way to adopt', async () => {
    api([offer, adoptableCampaign({ id: 22, title: '另一项活动', adoptedCampaignId: 42 })]);
    renderWithProviders(<CampaignList detailHref={detailHref} canSeeAdoptable canAdopt={false} />);
    const section = await screen.findByRole('region', { name: '上级部署的活动' });
    const adopted = within(section).getAllByRole('listitem')[1]!;
    expect(adopted).toHaveTextContent('另一项活动');
    expect(within(adopted).getByRole('link', { name: '查看本级实施方案' })).toHaveAttribute('href', '/campaigns/42');
    expect(within(section).getAllByRole('link')).toHaveLength(1);
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('is not there when nothing is launched above', async () => {
    const { requests } = api([]);
    renderWithProviders(<CampaignList detailHref={detailHref} canSeeAdoptable canAdopt />);
    await screen.findByText('没有符合条件的活动。');
    await waitFor(() => expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/adoptable-campaigns')).toBe(true));
    expect(screen.queryByRole('region', { name: '上级部署的活动' })).toBeNull();
  });

  it('is not asked for without the right to see it', async () => {
    const { requests } = api([offer]);
    renderWithProviders(<CampaignList detailHref={detailHref} />);
    await screen.findByText('没有符合条件的活动。');
    expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/adoptable-campaigns')).toHaveLength(0);
  });
});
