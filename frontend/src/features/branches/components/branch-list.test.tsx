import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { Branch } from '../api/get-branches';
import { branch as fixtureBranch, organisation, organisationDetail, organisationRef } from '@/testing/fixtures';
import { BranchList } from './branch-list';

const branch = (id: number, name: string, status: Branch['status'] = 'ACTIVE'): Branch =>
  fixtureBranch({ id, code: `B${id}`, name, kind: 'BRANCH', workUnit: '离石区第一中学', memberCount: 10 + id, status, version: 0 });

const page = (items: Branch[]) => json({ items, page: 1, size: 20, total: items.length });
const renderList = (canManage = false, route = '/branches') =>
  renderWithProviders(<BranchList canManage={canManage} detailHref={(id) => `/branches/${id}`} />, { route });

describe('BranchList', () => {
  it('shows the branches with their status in words', async () => {
    mockFetch(() => page([branch(1, '民进离石区总支'), branch(2, '民进孝义市支部', 'ARCHIVED')]));
    renderList();
    expect(await screen.findByText('民进离石区总支')).toBeInTheDocument();
    expect(screen.getByTestId('branch-total')).toHaveTextContent('共 2 个');
    const archivedRow = screen.getByText('民进孝义市支部').closest('tr')!;
    expect(within(archivedRow).getByText('已归档')).toBeInTheDocument();
  });

  it('sends the search, filters and sort from the address to the API', async () => {
    const { requests } = mockFetch(() => page([branch(2, '民进孝义市支部')]));
    renderList(false, '/branches?q=孝义&status=ACTIVE&kind=BRANCH&sort=-updatedAt&page=2');
    await screen.findByText('民进孝义市支部');
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/api/v1/branches');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: '孝义',
      status: 'ACTIVE',
      kind: 'BRANCH',
      sort: '-updatedAt',
      page: '2',
      size: '20',
    });
  });

  it('narrows the list to an organisation’s subtree from the address, and names each branch’s organisation', async () => {
    const lishi = organisationRef({ id: 5, name: '民进离石区委员会', level: 'COUNTY' });
    const { requests } = mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/organisations/5'
        ? json(organisationDetail({ organisation: organisation({ ...lishi, parentId: 3 }), trail: [organisationRef()] }))
        : page([{ ...branch(1, '民进离石区总支'), organisation: lishi }]),
    );
    renderList(false, '/branches?organisationId=5');
    const row = (await screen.findByText('民进离石区总支')).closest('tr')!;
    expect(screen.getByRole('columnheader', { name: '所属组织' })).toBeInTheDocument();
    expect(within(row).getByText('民进离石区委员会')).toBeInTheDocument();
    const list = new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/branches')!.url);
    expect(list.searchParams.get('organisationId')).toBe('5');
    // The filter names the organisation, not its number.
    const filters = screen.getByRole('search');
    await waitFor(() => expect(within(filters).getByTitle('民进离石区委员会')).toBeInTheDocument());
  });

  it('shows cards instead of a table on a phone', async () => {
    vi.stubGlobal('innerWidth', 390);
    mockFetch(() => page([branch(1, '民进离石区总支')]));
    renderList();
    expect(await screen.findByText('民进离石区总支')).toBeInTheDocument();
    expect(document.querySelector('table')).toBeNull();
    expect(screen.getByText('民进离石区总支').closest('li')).toHaveTextContent('在册');
    vi.stubGlobal('innerWidth', 1024);
  });

  it('says so when nothing matches', async () => {
    mockFetch(() => page([]));
    renderList();
    expect(await screen.findByText(/没有符合条件的基层组织/)).toBeInTheDocument();
  });

  it('shows the error and loads again on retry', async () => {
    let calls = 0;
    mockFetch(() => (++calls === 1 ? problem(503, { title: 'Service Unavailable' }) : page([branch(3, '民进汾阳市总支')])));
    renderList();
    expect(await screen.findByText('基层组织加载失败')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('民进汾阳市总支')).toBeInTheDocument();
  });

  it('offers create, edit and archive only to those who may manage branches', async () => {
    mockFetch(() => page([branch(1, '民进离石区总支')]));
    const { unmount } = renderList(false);
    await screen.findByText('民进离石区总支');
    expect(screen.queryByRole('button', { name: /新建组织/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /归档/ })).toBeNull();
    unmount();

    renderList(true);
    await screen.findByText('民进离石区总支');
    expect(screen.getByRole('button', { name: /新建组织/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '归档 民进离石区总支' })).toBeInTheDocument();
  });
});
