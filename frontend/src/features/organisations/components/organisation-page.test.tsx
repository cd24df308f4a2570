import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as download from '@/lib/download';
import { organisation, organisationDetail, organisationRef, rollupRow } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { OrganisationDetail } from '../api/get-organisation';
import type { RollupRow } from '../api/get-organisation-rollup';
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

describe('OrganisationPage roll-up', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.stubGlobal('innerWidth', 1024);
  });

  const thisYear = new Date().getFullYear();
  const shanxiRef = organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' });
  const lvliangRow = rollupRow({
    organisation: organisationRef({ id: 3, name: '民进吕梁市委员会', level: 'CITY' }),
    branches: 13,
    activeBranches: 12,
    campaigns: 2,
    plans: 1,
    campaignsUnderWay: 1,
    resultsPublished: 1,
    participations: 24,
    deliverablesSubmitted: 5,
    deliverablesAccepted: 40,
    deliverablesReturned: 3,
    quota: 2,
    recommended: 1,
  });
  const taiyuanRow = rollupRow({
    organisation: organisationRef({ id: 4, name: '民进太原市委员会', level: 'CITY' }),
    branches: 2,
    activeBranches: 2,
    campaigns: 1,
    participations: 2,
    deliverablesSubmitted: 1,
    deliverablesAccepted: 6,
  });
  const shanxiOverall = rollupRow({
    organisation: shanxiRef,
    branches: 15,
    activeBranches: 14,
    campaigns: 3,
    plans: 1,
    campaignsUnderWay: 1,
    resultsPublished: 1,
    participations: 26,
    deliverablesSubmitted: 6,
    deliverablesAccepted: 46,
    deliverablesReturned: 3,
  });
  const rollupPage = (items: RollupRow[], overall: RollupRow) => json({ items, page: 1, size: 20, total: items.length, overall });
  const isRollup = (r: Request) => /^\/api\/v1\/organisations\/\d+\/rollup$/.test(new URL(r.url).pathname);

  /** The tree's API as before, the roll-up (`answer` gives the page for a request of it) and download links. */
  function rollupApi(answer: (url: URL) => Response, byId: Record<string, OrganisationDetail> = {}) {
    return api({
      mine: organisationDetail({ organisation: shanxi }),
      byId,
      answer: (r) => {
        if (isRollup(r)) return answer(new URL(r.url));
        if (new URL(r.url).pathname === '/api/v1/download-links') return json({ url: '/api/v1/exports/x?download=abc' }, 201);
        return undefined;
      },
    });
  }

  const section = () => screen.findByRole('region', { name: '汇总' });

  it('shows the subtree’s total and each organisation below with its figures, each a way down the tree', async () => {
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    const { requests } = rollupApi(() => rollupPage([lvliangRow, taiyuanRow], shanxiOverall));
    renderWithProviders(<OrganisationPage canManage canSeeRollup hrefs={hrefs} />, { route: '/organisations' });
    const rollup = await section();

    const overall = await within(rollup).findByTestId('rollup-overall');
    expect(overall).toHaveTextContent('民进山西省委员会及其全部下级组织合计');
    expect(within(overall).getByTestId('rollup-overall-branches')).toHaveTextContent(/基层组织\s*15\s*在册 14/);
    expect(within(overall).getByTestId('rollup-overall-branches')).toHaveAttribute('data-value', '15');
    expect(within(overall).getByTestId('rollup-overall-campaigns')).toHaveTextContent(/活动\s*3\s*实施方案 1，进行中 1，已发布结果 1/);
    expect(within(overall).getByTestId('rollup-overall-participations')).toHaveTextContent(/参加\s*26/);
    expect(within(overall).getByTestId('rollup-overall-deliverables')).toHaveTextContent(/待审核材料\s*6\s*已通过 46，退回 3/);

    const table = within(rollup).getByRole('region', { name: '民进山西省委员会各下级组织汇总' });
    const lvliangLink = within(table).getByRole('link', { name: '民进吕梁市委员会' });
    expect(lvliangLink).toHaveAttribute('href', '/organisations/3');
    const cells = (link: HTMLElement) => [...link.closest('tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells(lvliangLink)).toEqual(['民进吕梁市委员会', '13', '12', '2', '1', '1', '1', '24', '5', '40', '3', '2', '1']);
    expect(cells(within(table).getByRole('link', { name: '民进太原市委员会' }))).toEqual([
      '民进太原市委员会',
      '2',
      '2',
      '1',
      '0',
      '0',
      '0',
      '2',
      '1',
      '6',
      '0',
      '0',
      '0',
    ]);

    const asked = new URL(requests.find(isRollup)!.url);
    expect(asked.pathname).toBe('/api/v1/organisations/2/rollup');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ page: '1', size: '20', sort: 'name' });

    // The same as a spreadsheet, through a download link.
    await userEvent.click(within(rollup).getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(follow).toHaveBeenCalled());
    const link = requests.find((r) => new URL(r.url).pathname === '/api/v1/download-links')!;
    expect(await link.json()).toEqual({ path: '/api/v1/exports/organisations/2/rollup.xlsx' });
  });

  it('counts the year chosen, keeps it on the way down, and exports that year', async () => {
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    const { requests } = rollupApi((url) =>
      url.searchParams.get('year') === String(thisYear - 1)
        ? rollupPage([{ ...taiyuanRow, campaigns: 0, participations: 0 }], { ...shanxiOverall, campaigns: 1, participations: 13 })
        : rollupPage([lvliangRow, taiyuanRow], shanxiOverall),
    );
    renderWithProviders(<OrganisationPage canManage={false} canSeeRollup hrefs={hrefs} />, { route: '/organisations' });
    const rollup = await section();
    await within(rollup).findByTestId('rollup-overall');
    expect(within(rollup).getByText('全部年度')).toBeInTheDocument();

    await userEvent.click(within(rollup).getByRole('combobox', { name: '年度' }));
    await screen.findByTitle(`${thisYear} 年`);
    const years = [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
    expect(years).toEqual(['全部年度', ...[0, 1, 2, 3, 4].map((i) => `${thisYear - i} 年`)]);
    await userEvent.click(document.querySelector(`.ant-select-item-option[title="${thisYear - 1} 年"]`)!);

    await waitFor(() => expect(within(rollup).getByTestId('rollup-overall-participations')).toHaveTextContent(/参加\s*13/));
    expect(within(rollup).queryByRole('link', { name: '民进吕梁市委员会' })).toBeNull();
    expect(within(rollup).getByRole('link', { name: '民进太原市委员会' })).toHaveAttribute('href', `/organisations/4?year=${thisYear - 1}`);
    const years2 = requests.filter(isRollup).map((r) => new URL(r.url).searchParams.get('year'));
    expect(years2).toEqual([null, String(thisYear - 1)]);

    await userEvent.click(within(rollup).getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(follow).toHaveBeenCalled());
    const link = requests.find((r) => new URL(r.url).pathname === '/api/v1/download-links')!;
    expect(await link.json()).toEqual({ path: `/api/v1/exports/organisations/2/rollup.xlsx?year=${thisYear - 1}` });
  });

  it('takes the year from the address', async () => {
    const { requests } = rollupApi(() => rollupPage([taiyuanRow], shanxiOverall));
    renderWithProviders(<OrganisationPage canManage={false} canSeeRollup hrefs={hrefs} />, { route: '/organisations?year=2019' });
    const rollup = await section();
    await within(rollup).findByTestId('rollup-overall');
    expect(within(rollup).getByText('2019 年')).toBeInTheDocument();
    expect(new URL(requests.find(isRollup)!.url).searchParams.get('year')).toBe('2019');
  });

  it('says when nothing lies below yet, and shows a county committee only its own total', async () => {
    const datong = organisation({ id: 9, parentId: 2, level: 'CITY', name: '民进大同市委员会', code: 'SX-DT' });
    const { requests } = rollupApi(
      (url) =>
        rollupPage(
          [],
          url.pathname.endsWith('/9/rollup')
            ? rollupRow({ organisation: organisationRef({ id: 9, name: '民进大同市委员会' }) })
            : rollupRow({
                organisation: organisationRef({ id: 7, name: '民进离石区委员会', level: 'COUNTY' }),
                branches: 1,
                activeBranches: 1,
              }),
        ),
      {
        '9': organisationDetail({ organisation: datong, trail: [shanxiRef] }),
        '7': organisationDetail({ organisation: lishi, trail: [shanxiRef, organisationRef()] }),
      },
    );
    const { unmount } = renderWithProviders(<OrganisationPage id={9} canManage canSeeRollup hrefs={hrefs} />, {
      route: '/organisations/9',
    });
    let rollup = await section();
    expect(await within(rollup).findByText('还没有下级组织，只有本组织的合计。')).toBeInTheDocument();
    expect(within(rollup).getByTestId('rollup-overall-branches')).toHaveTextContent(/基层组织\s*0/);
    expect(within(rollup).queryByRole('table')).toBeNull();
    unmount();

    renderWithProviders(<OrganisationPage id={7} canManage canSeeRollup hrefs={hrefs} />, { route: '/organisations/7' });
    rollup = await section();
    expect(await within(rollup).findByTestId('rollup-overall-branches')).toHaveTextContent(/基层组织\s*1\s*在册 1/);
    expect(within(rollup).getByTestId('rollup-overall')).toHaveTextContent('民进离石区委员会合计：');
    expect(within(rollup).queryByText('还没有下级组织，只有本组织的合计。')).toBeNull();
    expect(within(rollup).queryByRole('table')).toBeNull();
    expect(requests.filter(isRollup).map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/organisations/9/rollup',
      '/api/v1/organisations/7/rollup',
    ]);
  });

  it('on a phone shows each organisation below as a card', async () => {
    vi.stubGlobal('innerWidth', 390);
    rollupApi(() => rollupPage([lvliangRow, taiyuanRow], shanxiOverall));
    renderWithProviders(<OrganisationPage canManage={false} canSeeRollup hrefs={hrefs} />, { route: '/organisations' });
    const rollup = await section();
    const list = await within(rollup).findByRole('list', { name: '民进山西省委员会各下级组织汇总' });
    expect(within(rollup).queryByRole('table')).toBeNull();
    const card = within(list).getByRole('link', { name: '民进吕梁市委员会' }).closest('li')!;
    expect(card).toHaveTextContent('基层组织 13（在册 12）');
    expect(card).toHaveTextContent('活动 2（实施方案 1，进行中 1，已发布结果 1） · 参加 24');
    expect(card).toHaveTextContent('材料：待审核 5，已通过 40，退回 3');
  });

  it('is not there, and not asked for, without the right to see it', async () => {
    const { requests } = rollupApi(() => rollupPage([lvliangRow, taiyuanRow], shanxiOverall));
    renderWithProviders(<OrganisationPage canManage={false} hrefs={hrefs} />, { route: '/organisations' });
    await screen.findByRole('link', { name: '民进吕梁市委员会' });
    expect(screen.queryByRole('region', { name: '汇总' })).toBeNull();
    expect(requests.filter(isRollup)).toHaveLength(0);
  });
});
