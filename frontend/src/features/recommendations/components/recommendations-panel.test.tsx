import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { campaign, deliverableSummary, organisationRef, participant, quota, recommendation, recommendationRound } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { RecommendationsPanel } from './recommendations-panel';

type S = components['schemas'];

const lvliang = organisationRef({ id: 3, name: '民进吕梁市委员会', level: 'CITY' });
const xingxian = organisationRef({ id: 31, name: '民进兴县委员会', level: 'COUNTY' });
const linxian = organisationRef({ id: 32, name: '民进临县委员会', level: 'COUNTY' });

/** Lüliang's plan adopting Shanxi's campaign; two county committees below adopted it in turn. */
const plan = campaign({
  id: 21,
  title: '民进吕梁市委员会争创活动实施方案',
  status: 'ACTIVE',
  organisation: lvliang,
  adoptedFrom: {
    id: 11,
    title: '民进山西省委员会实施方案',
    documentNumber: '进晋字【2026】17号',
    organisation: organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' }),
  },
  adoptions: 2,
  noticeMinWorkingDays: 5,
});

const page = <T,>(items: T[], total = items.length) => json({ items, page: 1, size: 20, total });

type Answers = {
  /** The round, or how it reads now (after a write). */
  round?: S['RecommendationRound'] | (() => S['RecommendationRound']);
  quotas?: S['Quota'][];
  sent?: S['Recommendation'][];
  received?: S['Recommendation'][];
  write?: (request: Request) => Response | Promise<Response>;
};

/** The API as the panel of campaign 21 reads it; a write goes to `write`. */
function api({
  round = recommendationRound({ campaignId: 21, parentCampaignId: 11 }),
  quotas = [],
  sent = [],
  received = [],
  write,
}: Answers) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return write?.(request) ?? json({}, 500);
    switch (url.pathname) {
      case '/api/v1/campaigns/21/recommendation-round':
        return json(typeof round === 'function' ? round() : round);
      case '/api/v1/campaigns/21/quotas':
        return page(quotas);
      case '/api/v1/campaigns/21/recommendations':
        return page(url.searchParams.get('direction') === 'SENT' ? sent : received);
      case '/api/v1/campaigns/21/branches':
        return json({
          items: [participant({ campaignId: 21, branchId: 7, branchName: '民进吕梁市委直属第一支部' })],
          page: 1,
          size: 100,
          total: 1,
        });
      case '/api/v1/campaigns/21/deliverables':
        // the branch's accepted deliverables, offered as evidence
        return url.searchParams.get('branchId') === '7' && url.searchParams.get('status') === 'ACCEPTED'
          ? page([deliverableSummary({ id: 55, branchId: 7, typeName: '活动总结', title: '2026年度活动总结', status: 'ACCEPTED' })])
          : page([]);
      default:
        return json({ title: 'Unexpected', status: 500 }, 500);
    }
  });
}

/** The open dialog, checked by its title (antd gives every dialog's title the same id in tests). */
async function dialogTitled(title: string) {
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(title, { selector: '.ant-modal-title' })).toBeInTheDocument();
  return dialog;
}

const writes = (requests: Request[]) => requests.filter((r) => r.method !== 'GET');

describe('RecommendationsPanel', () => {
  afterEach(() => vi.stubGlobal('innerWidth', 1024));

  it('sets the quota of an organisation below with the version of its row', async () => {
    const row = quota({
      organisation: xingxian,
      grassroots: 2,
      local: 1,
      dueOn: '2026-05-31',
      version: 3,
      grassrootsUsed: 1,
      accepted: 1,
    });
    const { requests } = api({
      quotas: [row, quota({ organisation: linxian })],
      write: () => json({ ...row, grassroots: 4, version: 4 }),
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);

    const table = await screen.findByLabelText('下级组织的推荐名额');
    const cells = (name: string) => [...within(table).getByText(name).closest('tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('民进兴县委员会')).toEqual(['民进兴县委员会', '2', '1', '2026年5月31日', '1 / 1', '设置名额']);
    expect(cells('民进临县委员会')).toEqual(['民进临县委员会', '未分配', '未分配', '—', '0 / 0', '设置名额']);

    await userEvent.click(screen.getByLabelText('设置名额 民进兴县委员会'));
    const dialog = await dialogTitled('设置名额：民进兴县委员会');
    // Not below what it recommended already.
    const grassroots = within(dialog).getByLabelText('先进基层组织名额');
    await userEvent.clear(grassroots);
    await userEvent.type(grassroots, '0');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(grassroots).toHaveAccessibleDescription(/已推荐 1 个，名额不能少于此数/));
    expect(writes(requests)).toHaveLength(0);

    await userEvent.clear(grassroots);
    await userEvent.type(grassroots, '4');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已保存“民进兴县委员会”的名额')).toBeInTheDocument();
    const put = writes(requests)[0]!;
    expect(put.method).toBe('PUT');
    expect(new URL(put.url).pathname).toBe('/api/v1/campaigns/21/quotas/31');
    expect(await put.json()).toEqual({ grassroots: 4, local: 1, dueOn: '2026-05-31', version: 3 });
  });

  it('allots a first quota with no version', async () => {
    const { requests } = api({ quotas: [quota({ organisation: linxian })], write: () => json(quota({ organisation: linxian })) });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);
    await userEvent.click(await screen.findByLabelText('设置名额 民进临县委员会'));
    const dialog = await dialogTitled('设置名额：民进临县委员会');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    // The deadline is asked for first.
    await waitFor(() => expect(within(dialog).getByLabelText('截止日期')).toHaveAccessibleDescription('必填'));
    expect(writes(requests)).toHaveLength(0);
  });

  it('shows the quota allotted from above and what was sent up, with the reasons of a return', async () => {
    api({
      round: recommendationRound({
        campaignId: 21,
        parentCampaignId: 11,
        quotaGrassroots: 3,
        quotaLocal: 1,
        dueOn: '2026-06-30',
        sentGrassroots: 1,
      }),
      sent: [
        recommendation({
          id: 9,
          campaignId: 11,
          sourceCampaignId: 21,
          candidateName: '民进吕梁市委直属第一支部',
          status: 'RETURNED',
          reviewNote: '事迹材料过于简略',
        }),
      ],
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);
    const quotaFromAbove = await screen.findByTestId('sent-quota');
    expect(quotaFromAbove).toHaveTextContent('先进基层组织1/3 名额');
    expect(quotaFromAbove).toHaveTextContent('先进地方组织0/1 名额');
    expect(quotaFromAbove).toHaveTextContent('截止日期2026年6月30日');
    const sent = await screen.findByLabelText('本级向上推荐的候选对象');
    expect(within(sent).getByText('已退回')).toBeInTheDocument();
    expect(within(sent).getByTestId('return-note')).toHaveTextContent('退回理由：事迹材料过于简略');
    expect(within(sent).getByLabelText('修改并重新报送 民进吕梁市委直属第一支部')).toBeInTheDocument();
    expect(within(sent).getByLabelText('撤回 民进吕梁市委直属第一支部')).toBeInTheDocument();
  });

  it('recommends a branch with its dossier, and says in words why the level above refused it', async () => {
    const { requests } = api({
      round: recommendationRound({ campaignId: 21, parentCampaignId: 11, quotaGrassroots: 1, quotaLocal: 0, sentGrassroots: 1 }),
      write: () =>
        problem(409, {
          code: 'QUOTA_EXCEEDED',
          detail: '推荐名额已用完（1/1） — the quota for GRASSROOTS is 1 and 1 are recommended already',
        }),
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);
    await userEvent.click(await screen.findByTestId('recommend-button'));
    const dialog = await dialogTitled('向上推荐');

    await userEvent.click(within(dialog).getByRole('button', { name: '报送推荐' }));
    await waitFor(() => expect(within(dialog).getByLabelText('事迹材料')).toHaveAccessibleDescription(/必填/));
    expect(writes(requests)).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('combobox', { name: '基层组织' }));
    await userEvent.click(await waitFor(() => document.querySelector('.ant-select-item-option[title="民进吕梁市委直属第一支部"]')!));
    await userEvent.click(within(dialog).getByRole('combobox', { name: '佐证材料' }));
    await userEvent.click(await waitFor(() => document.querySelector('.ant-select-item-option[title="活动总结：2026年度活动总结"]')!));
    await userEvent.type(within(dialog).getByLabelText('事迹材料'), '  连续三年组织参政议政调研。 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '报送推荐' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('这一类别的推荐名额已用完；如需另行推荐，请先撤回一项推荐。');
    const post = writes(requests)[0]!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/21/recommendations');
    expect(await post.json()).toEqual({ title: 'GRASSROOTS', branchId: 7, dossier: '连续三年组织参政议政调研。', evidence: [55] });
  });

  it('puts the server’s field error on the candidate’s field', async () => {
    api({
      round: recommendationRound({ campaignId: 21, parentCampaignId: 11, quotaGrassroots: 2, quotaLocal: 1 }),
      write: () =>
        problem(400, {
          code: 'VALIDATION_FAILED',
          fieldErrors: [{ field: 'branchId', code: 'INVALID', message: '不是本组织所属的基层组织。' }],
        }),
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);
    await userEvent.click(await screen.findByTestId('recommend-button'));
    const dialog = await dialogTitled('向上推荐');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '基层组织' }));
    await userEvent.click(await waitFor(() => document.querySelector('.ant-select-item-option[title="民进吕梁市委直属第一支部"]')!));
    await userEvent.type(within(dialog).getByLabelText('事迹材料'), '事迹');
    await userEvent.click(within(dialog).getByRole('button', { name: '报送推荐' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: '基层组织' })).toHaveAccessibleDescription('不是本组织所属的基层组织。'),
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('returns a recommendation only with the reasons for it', async () => {
    const submitted = recommendation({
      id: 5,
      campaignId: 21,
      sourceCampaignId: 31,
      recommender: xingxian,
      candidateName: '民进兴县支部',
      dossier: '组织会员开展社区服务。',
      version: 2,
    });
    const { requests } = api({
      round: recommendationRound({ campaignId: 21, parentCampaignId: 11, submitted: 1 }),
      quotas: [quota({ organisation: xingxian, grassroots: 1, local: 0, dueOn: '2026-05-31', version: 0, grassrootsUsed: 1 })],
      received: [submitted],
      write: () => json({ ...submitted, status: 'RETURNED', reviewNote: '请补充数据', version: 3 }),
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);
    expect(await screen.findByTestId('round-count-SUBMITTED')).toHaveTextContent('待审核 1');

    await userEvent.click(await screen.findByLabelText('审核 民进兴县支部'));
    const dialog = await dialogTitled('审核推荐：民进兴县支部');
    expect(within(dialog).getByTestId('review-dossier')).toHaveTextContent('组织会员开展社区服务。');
    await userEvent.click(within(dialog).getByRole('radio', { name: '退回' }).closest('label')!);
    await userEvent.click(within(dialog).getByRole('button', { name: '提交审核意见' }));
    await waitFor(() => expect(within(dialog).getByLabelText('退回理由')).toHaveAccessibleDescription(/必填/));
    expect(writes(requests)).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('退回理由'), ' 请补充数据 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交审核意见' }));
    expect(await screen.findByText('已退回“民进兴县支部”')).toBeInTheDocument();
    const post = writes(requests)[0]!;
    expect(new URL(post.url).pathname).toBe('/api/v1/recommendations/5/review');
    expect(await post.json()).toEqual({ decision: 'RETURN', note: '请补充数据', version: 2 });
  });

  it('offers no review once the level’s notice has started', async () => {
    api({
      round: recommendationRound({
        campaignId: 21,
        status: 'NOTICE',
        noticeStartsOn: '2026-04-01',
        noticeEndsOn: '2026-04-08',
        noticeVersion: 0,
      }),
      quotas: [quota({ organisation: xingxian })],
      received: [recommendation({ id: 5, campaignId: 21, candidateName: '民进兴县支部', status: 'SUBMITTED' })],
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-02" />);
    expect(await screen.findByLabelText('查看 民进兴县支部')).toBeInTheDocument();
    expect(screen.queryByLabelText('审核 民进兴县支部')).toBeNull();
  });

  it('at the top, the decision needs its document number before anything is sent', async () => {
    const centre = campaign({
      id: 21,
      status: 'ACTIVE',
      organisation: organisationRef({ id: 1, name: '民进中央', level: 'CENTRE' }),
      adoptions: 1,
    });
    let round = recommendationRound({
      campaignId: 21,
      top: true,
      status: 'NOTICE',
      noticeStartsOn: '2026-04-01',
      noticeEndsOn: '2026-04-08',
      noticeText: '拟表彰名单公示',
      noticeVersion: 1,
      accepted: 2,
    });
    const decided = recommendationRound({
      ...round,
      status: 'CLOSED',
      decisionNumber: '民进中央〔2026〕12号',
      decisionDate: '2026-04-10',
      accepted: 0,
      commended: 2,
    });
    const { requests } = api({
      round: () => round,
      quotas: [quota({ organisation: organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' }) })],
      write: () => {
        round = decided;
        return json(decided);
      },
    });
    renderWithProviders(<RecommendationsPanel campaign={centre} canManage today="2026-04-10" />);
    const notice = await screen.findByTestId('recommendations-notice');
    expect(within(notice).getByTestId('notice-facts')).toHaveTextContent('2026年4月1日 至 2026年4月8日');
    expect(within(notice).queryByTestId('close-notice')).toBeNull();

    await userEvent.click(within(notice).getByRole('button', { name: '作出表彰决定' }));
    await waitFor(() => expect(within(notice).getByLabelText('表彰决定文号')).toHaveAccessibleDescription(/必填/));
    expect(writes(requests)).toHaveLength(0);

    await userEvent.type(within(notice).getByLabelText('表彰决定文号'), '民进中央〔2026〕12号');
    await userEvent.click(within(notice).getByRole('button', { name: '作出表彰决定' }));
    expect(await screen.findByTestId('decision-number')).toHaveTextContent('民进中央〔2026〕12号');
    expect(screen.getByTestId('decision-date')).toHaveTextContent('2026年4月10日');
    expect(screen.getByTestId('round-status')).toHaveTextContent('已决定');
    const post = writes(requests)[0]!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/21/recommendation-round/close');
    expect(await post.json()).toEqual({ decisionNumber: '民进中央〔2026〕12号', decisionDate: '2026-04-10', version: 1 });
  });

  it('keeps the notice open until its last day has passed, and says when it can close', async () => {
    api({
      round: recommendationRound({
        campaignId: 21,
        status: 'NOTICE',
        noticeStartsOn: '2026-04-01',
        noticeEndsOn: '2026-04-08',
        noticeVersion: 0,
      }),
      quotas: [quota({ organisation: xingxian })],
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-08" />);
    expect(await screen.findByTestId('close-notice')).toBeDisabled();
    expect(screen.getByTestId('close-why')).toHaveTextContent('公示期到 2026年4月8日 结束，2026年4月9日 起可以结束公示。');
  });

  it('opens the notice of the accepted candidates with its days and text', async () => {
    const { requests } = api({
      round: recommendationRound({ campaignId: 21, accepted: 1 }),
      quotas: [quota({ organisation: xingxian })],
      write: () =>
        json(recommendationRound({ campaignId: 21, status: 'NOTICE', noticeStartsOn: '2026-04-01', noticeEndsOn: '2026-04-07' })),
    });
    // 2026-04-01 is a Wednesday: five working days end on Tuesday the 7th.
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage today="2026-04-01" />);
    await userEvent.click(await screen.findByTestId('open-notice'));
    expect(await screen.findByText('已开始公示')).toBeInTheDocument();
    const post = writes(requests)[0]!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/21/recommendation-round/notice');
    expect(await post.json()).toEqual({
      startsOn: '2026-04-01',
      endsOn: '2026-04-07',
      text: '经审核，拟推荐以下候选对象，现予公示。公示期间如有异议，请向本会组织部反映。',
    });
  });

  it('shows nothing to write to a reader, and the lists as cards on a phone', async () => {
    vi.stubGlobal('innerWidth', 390);
    api({
      round: recommendationRound({ campaignId: 21, submitted: 1 }),
      quotas: [quota({ organisation: xingxian, grassroots: 1, local: 0, dueOn: '2026-05-31', version: 0 })],
      received: [recommendation({ id: 5, campaignId: 21, recommender: xingxian, candidateName: '民进兴县支部' })],
    });
    renderWithProviders(<RecommendationsPanel campaign={plan} canManage={false} today="2026-04-01" />);
    const received = await screen.findByLabelText('下级报送的推荐');
    expect(within(received).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByLabelText('下级组织的推荐名额')).toHaveTextContent('先进基层组织 1 · 先进地方组织 0 · 截止 2026年5月31日');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('recommend-button')).toBeNull();
    expect(screen.queryAllByLabelText(/^设置名额/)).toHaveLength(0);
    expect(screen.queryByLabelText('审核 民进兴县支部')).toBeNull();
  });

  it('says so when the campaign has neither a campaign above nor organisations below', async () => {
    api({ quotas: [] });
    renderWithProviders(<RecommendationsPanel campaign={{ ...plan, adoptedFrom: null, adoptions: 0 }} canManage today="2026-04-01" />);
    expect(await screen.findByText('本活动既没有上级活动，也没有下级组织，无需推荐上报。')).toBeInTheDocument();
  });
});
