import { screen, within } from '@testing-library/react';
import { mockFetch, renderWithProviders } from '@/testing/render';
import { branch, campaign, deliverableSummary, deliverableType, organisationRef, phase, recommendation } from '@/testing/fixtures';
import { TodoBadge } from '@/app/layout/todo-badge';
import { BranchHome } from './home-branch';
import type { BranchHomeData } from '@/app/use-branch-home';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

const home: BranchHomeData = {
  today: '2026-12-01',
  branch: branch({ id: 7, code: 'B7', name: '民进离石区总支', kind: 'GENERAL_BRANCH', status: 'ACTIVE', version: 0 }),
  campaign: campaign({ id: 3, title: '争创先进基层组织活动', year: 2026, status: 'ACTIVE', version: 1 }),
  phases: [
    phase({ id: 1, seq: 1, code: 'MOBILISE', name: '宣传动员', startsOn: '2026-09-01', endsOn: '2026-10-31' }),
    phase({ id: 2, seq: 2, code: 'IMPLEMENT', name: '实施创建', startsOn: '2026-11-01', endsOn: '2027-08-31' }),
  ],
  deliverableTypes: [
    deliverableType({ id: 10, phaseId: 1, seq: 1, name: '实施方案', required: true, multiple: false }),
    deliverableType({ id: 20, phaseId: 2, seq: 2, name: '活动记录', required: false, multiple: true }),
  ],
  deliverables: {
    items: [
      deliverableSummary({ id: 5, typeId: 10, phaseId: 1, status: 'RETURNED', title: '离石区总支实施方案', returnReason: '缺少时间安排' }),
    ],
    page: 1,
    size: 100,
    total: 1,
  },
  selfAssessment: null,
  leadingGroup: { members: [], version: 0 },
  todos: {
    items: [{ kind: 'DELIVERABLE_RETURNED', campaignId: 3, campaignTitle: '争创先进基层组织活动', count: 1, dueOn: null }],
    total: 1,
  },
};

describe("a branch chair's home", () => {
  it('comes in one request and shows what is due, returned first with its reason', async () => {
    const { requests } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      return path === '/api/v1/me/home' ? json(home) : json({ title: 'Unexpected', status: 500 }, 500);
    });
    renderWithProviders(<BranchHome branchId={7} />, { staleTime: 30_000 });

    const returned = await screen.findByRole('region', { name: '退回待修改' });
    expect(within(returned).getByText('离石区总支实施方案')).toBeInTheDocument();
    expect(within(returned).getByText(/缺少时间安排/)).toBeInTheDocument();
    expect(await screen.findByText('民进离石区总支')).toBeInTheDocument();
    expect(screen.getByTestId('self-assessment-card')).toBeInTheDocument();
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/me/home']);
  });

  it('counts the to-do badge from the home, with no request of its own', async () => {
    const { requests } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      return path === '/api/v1/me/home' ? json(home) : json({ title: 'Unexpected', status: 500 }, 500);
    });
    renderWithProviders(
      <>
        <TodoBadge branch />
        <BranchHome branchId={7} />
      </>,
      { staleTime: 30_000 },
    );
    expect(await screen.findByTestId('todo-badge')).toHaveAccessibleName('待办 1 项');
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/me/home']);
  });

  it("judges what is due on the committee's day, not the device's", async () => {
    // The committee's day is still in the first phase: the second phase's records are not due yet, whatever the
    // device's calendar says.
    mockFetch(() => json({ ...home, today: '2026-10-15' }));
    renderWithProviders(<BranchHome branchId={7} />, { staleTime: 30_000 });
    expect(await screen.findByRole('region', { name: '退回待修改' })).toBeInTheDocument();
    expect(within(screen.getByTestId('due-list')).queryByText('活动记录')).not.toBeInTheDocument();
  });

  it('shows the second phase as due once the committee is in it', async () => {
    mockFetch(() => json(home));
    renderWithProviders(<BranchHome branchId={7} />, { staleTime: 30_000 });
    const soon = await screen.findByRole('region', { name: '本阶段待交' });
    expect(within(soon).getByText('活动记录')).toBeInTheDocument();
  });

  it('offers a retry when the home cannot be read', async () => {
    mockFetch(() => json({ title: 'Service unavailable', status: 503, code: 'UNAVAILABLE' }, 503));
    renderWithProviders(<BranchHome branchId={7} />);
    expect(await screen.findByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });

  it('shows how its recommendations up the chain were decided, when its campaign adopts one above', async () => {
    const adopting = {
      ...home,
      campaign: campaign({
        id: 3,
        title: '争创先进基层组织活动',
        status: 'ACTIVE',
        adoptedFrom: {
          id: 2,
          title: '山西实施方案',
          documentNumber: null,
          organisation: organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' }),
        },
      }),
    };
    const decided = recommendation({
      id: 4,
      campaignId: 2,
      sourceCampaignId: 3,
      branchId: 7,
      candidateName: '民进离石区总支',
      status: 'COMMENDED',
      decisionNumber: '民进中央〔2026〕12号',
      decisionDate: '2026-11-20',
    });
    const { requests } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/me/home') return json(adopting);
      if (path === '/api/v1/campaigns/3/recommendations') return json({ items: [decided], page: 1, size: 20, total: 1 });
      return json({ title: 'Unexpected', status: 500 }, 500);
    });
    renderWithProviders(<BranchHome branchId={7} />, { staleTime: 30_000 });
    expect(await screen.findByTestId('recommendation-results')).toHaveTextContent(
      '民进离石区总支 · 表彰决定：民进中央〔2026〕12号（2026年11月20日）',
    );
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/me/home', '/api/v1/campaigns/3/recommendations']);
  });
});
