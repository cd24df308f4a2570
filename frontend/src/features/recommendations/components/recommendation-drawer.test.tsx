import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { organisationRef, recommendation, recommendationObjection, recommendationRound } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { RecommendationDrawer } from './recommendation-drawer';

const accepted = recommendation({
  id: 5,
  campaignId: 21,
  sourceCampaignId: 31,
  originId: 2,
  recommender: organisationRef({ id: 31, name: '民进兴县委员会', level: 'COUNTY' }),
  candidateName: '民进兴县支部',
  dossier: '组织会员开展社区服务。\n连续三年获评优秀。',
  evidence: [{ id: 55, campaignId: 31, branchId: 7, typeName: '活动总结', title: '年度活动总结', status: 'ACCEPTED', attachments: 3 }],
  status: 'ACCEPTED',
  openObjections: 1,
  version: 4,
});
const below = recommendation({
  id: 2,
  campaignId: 31,
  recommender: organisationRef({ id: 41, name: '民进兴县某支部', level: 'COUNTY' }),
  status: 'ACCEPTED',
});
const objection = recommendationObjection({ id: 8, recommendationId: 5, content: '材料中的数据与实际不符。', version: 0 });
const underNotice = recommendationRound({
  campaignId: 21,
  status: 'NOTICE',
  noticeStartsOn: '2026-04-01',
  noticeEndsOn: '2026-04-08',
  noticeVersion: 0,
});

function render(today: string, canManage = true) {
  return renderWithProviders(
    <RecommendationDrawer id={5} campaignId={21} round={underNotice} canManage={canManage} today={today} onClose={vi.fn()} />,
  );
}

describe('RecommendationDrawer', () => {
  it('shows the dossier, the chain level by level and the objections', async () => {
    mockFetch(() => json({ recommendation: accepted, objections: [objection], chain: [below, accepted] }));
    render('2026-04-02', false);
    expect(await screen.findByTestId('recommendation-dossier')).toHaveTextContent('组织会员开展社区服务。 连续三年获评优秀。');
    const chain = screen.getByTestId('recommendation-chain');
    expect([...chain.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '民进兴县某支部 推荐已通过',
      '民进兴县委员会 推荐已通过',
    ]);
    expect(within(chain).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'true');
    // the evidence is the branch's own deliverable, opened where it was handed in
    const evidence = screen.getByTestId('recommendation-evidence');
    expect(within(evidence).getByRole('link', { name: '活动总结：年度活动总结' })).toHaveAttribute('href', '/campaigns/31/deliverables/55');
    expect(evidence).toHaveTextContent('（附件 3 个）');
    expect(screen.getByTestId('recommendation-objection')).toHaveTextContent('材料中的数据与实际不符。');
    expect(screen.queryByLabelText('处理异议（异议 #8）')).toBeNull();
  });

  it('handles an objection: upheld, it is sent with the objection’s version', async () => {
    const { requests } = mockFetch((r) =>
      r.method === 'PUT'
        ? json({ ...objection, status: 'RESOLVED', upheld: true, version: 1 })
        : json({ recommendation: accepted, objections: [objection], chain: [accepted] }),
    );
    render('2026-04-02');
    await userEvent.click(await screen.findByLabelText('处理异议（异议 #8）'));
    const dialog = (await screen.findByText('处理异议 #8', { selector: '.ant-modal-title' })).closest<HTMLElement>('[role="dialog"]')!;
    await userEvent.type(within(dialog).getByLabelText('核查处理情况'), '经核实，数据有误。');
    await userEvent.type(within(dialog).getByLabelText('处理结果'), '撤销推荐。');
    await userEvent.click(within(dialog).getByRole('switch', { name: '异议成立' }));
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已记录处理结果')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/api/v1/recommendations/5/objections/8');
    expect(await put.json()).toEqual({ handling: '经核实，数据有误。', outcome: '撤销推荐。', upheld: true, version: 0 });
  });

  it('records an objection only while the notice runs', async () => {
    mockFetch(() => json({ recommendation: accepted, objections: [], chain: [accepted] }));
    const { unmount } = render('2026-04-02');
    expect(await screen.findByRole('button', { name: '登记异议' })).toBeInTheDocument();
    unmount();
    render('2026-04-09');
    await waitFor(() => expect(screen.getByTestId('recommendation-dossier')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: '登记异议' })).toBeNull();
  });
});
