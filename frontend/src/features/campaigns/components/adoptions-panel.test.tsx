import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDateTime } from '@/lib/format';
import { adoption, organisationRef } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { Adoption } from '../api/get-adoptions';
import { AdoptionsPanel } from './adoptions-panel';

const lvliang = adoption({
  organisation: organisationRef({ id: 3, name: '民进吕梁市委员会', level: 'CITY' }),
  adopted: true,
  campaignId: 31,
  title: '民进吕梁市委员会争创活动实施方案',
  documentNumber: '吕民字【2026】5号',
  status: 'ACTIVE',
  startsOn: '2026-03-01',
  endsOn: '2026-12-31',
  adoptedAt: '2026-03-02T02:30:00Z',
});
// The moment in the time zone of the machine that runs the test, as the page shows it.
const adoptedAt = formatDateTime('2026-03-02T02:30:00Z');
const taiyuan = adoption({ organisation: organisationRef({ id: 4, name: '民进太原市委员会', level: 'CITY' }) });

const page = (items: Adoption[], children: number, adopted: number) =>
  json({ items, page: 1, size: 20, total: items.length, children, adopted });

const isAdoptions = (r: Request) => new URL(r.url).pathname === '/api/v1/campaigns/21/adoptions';

describe('AdoptionsPanel', () => {
  afterEach(() => vi.stubGlobal('innerWidth', 1024));

  it('counts the organisations below that adopted the campaign and lists each with its plan', async () => {
    const { requests } = mockFetch(() => page([lvliang, taiyuan], 2, 1));
    renderWithProviders(<AdoptionsPanel campaignId={21} />, { route: '/campaigns/21?tab=adoptions' });
    expect(await screen.findByTestId('adoptions-summary')).toHaveTextContent('已采纳 1 / 2');

    const table = screen.getByRole('region', { name: '下级组织采纳情况' });
    const cells = (name: string) => [...within(table).getByText(name).closest('tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('民进吕梁市委员会')).toEqual([
      '民进吕梁市委员会',
      '已制定实施方案',
      '民进吕梁市委员会争创活动实施方案进行中',
      '吕民字【2026】5号',
      '2026年3月1日 至 2026年12月31日',
      adoptedAt,
    ]);
    expect(cells('民进太原市委员会')).toEqual(['民进太原市委员会', '未采纳', '—', '—', '—', '—']);
    expect(within(table).getByRole('link', { name: '民进吕梁市委员会争创活动实施方案' })).toHaveAttribute('href', '/campaigns/31');

    const asked = new URL(requests.find(isAdoptions)!.url);
    expect(Object.fromEntries(asked.searchParams)).toEqual({ page: '1', size: '20', sort: 'name' });
  });

  it('shows those that adopted it, or those that did not, as chosen', async () => {
    const { requests } = mockFetch((r) => {
      const adopted = new URL(r.url).searchParams.get('adopted');
      if (adopted === 'true') return page([lvliang], 2, 1);
      if (adopted === 'false') return page([], 2, 2);
      return page([lvliang, taiyuan], 2, 1);
    });
    renderWithProviders(<AdoptionsPanel campaignId={21} />, { route: '/campaigns/21?tab=adoptions' });
    await screen.findByText('民进太原市委员会');

    await userEvent.click(screen.getByText('已采纳', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(screen.queryByText('民进太原市委员会')).toBeNull());
    expect(screen.getByText('民进吕梁市委员会')).toBeInTheDocument();

    await userEvent.click(screen.getByText('未采纳', { selector: '.ant-segmented-item-label' }));
    expect(await screen.findByText('下级组织都已采纳本活动。')).toBeInTheDocument();
    expect(requests.filter(isAdoptions).map((r) => new URL(r.url).searchParams.get('adopted'))).toEqual([null, 'true', 'false']);
  });

  it('says so when the organisation has nothing below it', async () => {
    mockFetch(() => page([], 0, 0));
    renderWithProviders(<AdoptionsPanel campaignId={21} />);
    expect(await screen.findByText('本级组织没有下级组织。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('adoptions-summary')).toBeNull();
  });

  it('says briefly that the campaign is not one to see this for, when the API answers 404', async () => {
    mockFetch(() => problem(404, { code: 'NOT_FOUND', detail: 'Campaign 21 does not exist' }));
    renderWithProviders(<AdoptionsPanel campaignId={21} />);
    expect(await screen.findByText('下级采纳情况只有举办本活动的组织及其上级组织可以查看。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /重\s*试/ })).toBeNull();
  });

  it('on a phone shows each organisation below as a card', async () => {
    vi.stubGlobal('innerWidth', 390);
    mockFetch(() => page([lvliang, taiyuan], 2, 1));
    renderWithProviders(<AdoptionsPanel campaignId={21} />);
    const list = await screen.findByRole('list', { name: '下级组织采纳情况' });
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('民进吕梁市委员会已制定实施方案进行中');
    expect(within(cards[0]!).getByRole('link', { name: '民进吕梁市委员会争创活动实施方案' })).toHaveAttribute('href', '/campaigns/31');
    expect(cards[0]).toHaveTextContent(`文号：吕民字【2026】5号 · 2026年3月1日 至 2026年12月31日 · 采纳于 ${adoptedAt}`);
    expect(cards[1]).toHaveTextContent('民进太原市委员会未采纳');
    expect(within(cards[1]!).queryByRole('link')).toBeNull();
  });
});
