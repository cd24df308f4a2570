import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { organisation, organisationDetail, organisationRef } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { OrganisationDetail } from '../api/get-organisation';
import type { Organisation } from '../api/get-organisations';
import { OrganisationPage } from './organisation-page';

const shanxi = organisation({
  id: 2,
  parentId: 1,
  level: 'PROVINCE',
  name: '民进山西省委员会',
  code: 'SX',
  depth: 1,
  childCount: 2,
  branchCount: 15,
});
const lvliang = organisation({
  id: 3,
  parentId: 2,
  level: 'CITY',
  name: '民进吕梁市委员会',
  code: 'SX-LL',
  childCount: 1,
  branchCount: 13,
});
const taiyuan = organisation({ id: 4, parentId: 2, level: 'CITY', name: '民进太原市委员会', code: 'SX-TY', branchCount: 2 });
const lishi = organisation({ id: 7, parentId: 3, level: 'COUNTY', name: '民进离石区委员会', code: 'SX-LL-LS', depth: 3 });

const hrefs = {
  organisation: (id: number) => `/organisations/${id}`,
  branches: (id: number) => `/branches?organisationId=${id}`,
  accounts: (id: number) => `/accounts?organisationId=${id}`,
};

const page = (items: Organisation[]) => json({ items, page: 1, size: 20, total: items.length });

/** The API of the tree as the province's staff see it; `answer` may take over a request. */
function api(
  {
    mine,
    byId = {},
    answer,
  }: { mine: OrganisationDetail; byId?: Record<string, OrganisationDetail>; answer?: (r: Request) => Response | undefined } = {
    mine: organisationDetail({ organisation: shanxi }),
  },
) {
  return mockFetch((request) => {
    const own = answer?.(request);
    if (own) return own;
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/organisations/mine') return json(mine);
    const id = /^\/api\/v1\/organisations\/(\d+)$/.exec(url.pathname)?.[1];
    if (id && byId[id]) return json(byId[id]);
    if (url.pathname === '/api/v1/organisations') {
      const parent = url.searchParams.get('parentId');
      return page(parent === '2' ? [lvliang, taiyuan] : []);
    }
    return problem(404, { code: 'NOT_FOUND' });
  });
}

describe('OrganisationPage', () => {
  it('shows the user’s own organisation with its level and code, the organisations below and its branches', async () => {
    const { requests } = api();
    renderWithProviders(<OrganisationPage canManage={false} hrefs={hrefs} />, { route: '/organisations' });
    expect(await screen.findByRole('heading', { level: 1, name: '民进山西省委员会' })).toBeInTheDocument();
    expect(screen.getByText('会省委')).toBeInTheDocument();
    expect(screen.getByText('本级')).toBeInTheDocument();
    expect(screen.getByTestId('organisation-code')).toHaveTextContent('SX');
    // Nothing above the user's own organisation to go back to.
    expect(screen.queryByRole('navigation')).toBeNull();

    const row = (await screen.findByRole('link', { name: '民进吕梁市委员会' })).closest('tr')!;
    expect(screen.getByRole('link', { name: '民进吕梁市委员会' })).toHaveAttribute('href', '/organisations/3');
    expect(within(row).getByText('会市委')).toBeInTheDocument();
    expect(within(row).getByText('SX-LL')).toBeInTheDocument();
    expect(within(row).getByText('13 个')).toBeInTheDocument();
    expect(screen.getByTestId('organisation-children-total')).toHaveTextContent('共 2 个');
    expect(screen.getByTestId('organisation-branch-count')).toHaveTextContent('共有 15 个基层组织');

    const list = new URL(requests.find((r) => new URL(r.url).searchParams.has('parentId'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ parentId: '2', page: '1', size: '20', sort: 'name' });
  });

  it('shows an organisation further down with the way back up, each step a link', async () => {
    api({
      mine: organisationDetail({ organisation: shanxi }),
      byId: {
        '7': organisationDetail({
          organisation: lishi,
          trail: [organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' }), organisationRef()],
        }),
      },
    });
    renderWithProviders(<OrganisationPage id={7} canManage={false} hrefs={hrefs} />, { route: '/organisations/7' });
    const trail = await screen.findByRole('navigation', { name: '组织层级' });
    expect(within(trail).getByRole('link', { name: '民进山西省委员会' })).toHaveAttribute('href', '/organisations/2');
    expect(within(trail).getByRole('link', { name: '民进吕梁市委员会' })).toHaveAttribute('href', '/organisations/3');
    expect(within(trail).getByText('民进离石区委员会')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: '民进离石区委员会' })).toBeInTheDocument();
    expect(screen.queryByText('本级')).toBeNull();
  });

  it('says a county committee has nothing below it, and offers no way to add any', async () => {
    api({
      mine: organisationDetail({ organisation: shanxi }),
      byId: { '7': organisationDetail({ organisation: lishi, trail: [organisationRef()] }) },
    });
    renderWithProviders(<OrganisationPage id={7} canManage hrefs={hrefs} />, { route: '/organisations/7' });
    expect(await screen.findByText('县区委是最低一级组织，下面不再设组织。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建下级组织/ })).toBeNull();
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
  });

  it('offers no add, edit or delete to those who may only look', async () => {
    api({
      mine: organisationDetail({ organisation: shanxi }),
      byId: {
        '3': organisationDetail({
          organisation: lvliang,
          trail: [organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' })],
        }),
      },
    });
    renderWithProviders(<OrganisationPage id={3} canManage={false} hrefs={{ ...hrefs, accounts: undefined }} />, {
      route: '/organisations/3',
    });
    await screen.findByRole('heading', { level: 1, name: '民进吕梁市委员会' });
    expect(screen.queryByRole('button', { name: /新建下级组织/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /查看账号/ })).toBeNull();
    expect(screen.getByRole('button', { name: /查看基层组织/ })).toBeInTheDocument();
  });

  it('lets an administrator add an organisation below, at one of the lower levels only', async () => {
    const created = organisation({ id: 9, parentId: 2, level: 'CITY', name: '民进大同市委员会', code: 'SX-DT', depth: 2 });
    const { requests } = api({
      mine: organisationDetail({ organisation: shanxi }),
      answer: (r) =>
        r.method === 'POST'
          ? json(
              organisationDetail({
                organisation: created,
                trail: [organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' })],
              }),
              201,
            )
          : undefined,
    });
    renderWithProviders(<OrganisationPage canManage hrefs={hrefs} />, { route: '/organisations' });
    await userEvent.click(await screen.findByRole('button', { name: /新建下级组织/ }));
    const dialog = await screen.findByRole('dialog', { name: '在「民进山西省委员会」下新建组织' });
    await userEvent.type(within(dialog).getByLabelText('名称'), '民进大同市委员会');
    await userEvent.type(within(dialog).getByLabelText('编码'), 'SX-DT');
    await userEvent.click(within(dialog).getByLabelText('级别'));
    await screen.findByTitle('县区委');
    const levels = [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
    expect(levels).toEqual(['会市委', '县区委']);
    await userEvent.click(document.querySelector('.ant-select-item-option[title="会市委"]')!);
    await userEvent.click(within(dialog).getByRole('button', { name: /新\s*建/ }));

    expect(await screen.findByText('已创建「民进大同市委员会」')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ parentId: 2, level: 'CITY', name: '民进大同市委员会', code: 'SX-DT' });
    // The list below is read again.
    await waitFor(() => expect(requests.filter((r) => new URL(r.url).searchParams.get('parentId') === '2').length).toBeGreaterThan(1));
  });

  it('keeps the reason in sight when an organisation that still holds records is not deleted', async () => {
    const { requests } = api({
      mine: organisationDetail({ organisation: shanxi }),
      byId: {
        '3': organisationDetail({
          organisation: lvliang,
          trail: [organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' })],
        }),
      },
      answer: (r) =>
        r.method === 'DELETE'
          ? problem(409, {
              code: 'ORGANISATION_NOT_EMPTY',
              detail: '民进吕梁市委员会 still holds organisations, branches, campaigns, accounts or clients; move or remove them first',
            })
          : undefined,
    });
    renderWithProviders(<OrganisationPage id={3} canManage hrefs={hrefs} />, { route: '/organisations/3' });
    await userEvent.click(await screen.findByRole('button', { name: /删\s*除/ }));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('确定删除「民进吕梁市委员会」吗？');
    await userEvent.click(within(confirm).getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该组织还有下级组织、基层组织、活动、账号或接口客户端');
    expect(new URL(requests.find((r) => r.method === 'DELETE')!.url).pathname).toBe('/api/v1/organisations/3');
    expect(screen.getByRole('heading', { level: 1, name: '民进吕梁市委员会' })).toBeInTheDocument();
  });

  it('offers no delete of the user’s own organisation', async () => {
    api();
    renderWithProviders(<OrganisationPage canManage hrefs={hrefs} />, { route: '/organisations' });
    await screen.findByRole('heading', { level: 1, name: '民进山西省委员会' });
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
  });

  it('says so when the organisation is not one the user may see', async () => {
    api();
    renderWithProviders(<OrganisationPage id={99} canManage={false} hrefs={hrefs} />, { route: '/organisations/99' });
    expect(await screen.findByText('该组织不存在，或不在您管理的范围内。')).toBeInTheDocument();
  });
});
