import { screen, waitFor, within } from '@testing-library/react';
import { campaign as fixtureCampaign, phaseTotals } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { Campaign } from '../api/get-campaigns';
import type { CampaignProgress } from '../api/progress';
import { chooseCampaign } from './campaign-scope';
import { hasStarted, lateDeliverables, progressTotals } from './progress-figures';
import { LateDeliverablesTile, PhaseProgressTile, ProgressFiguresTile } from './progress-tiles';

vi.mock('@/components/echart', () => ({
  default: ({ label, testId }: { label: string; testId?: string }) => <div role="img" aria-label={label} data-testid={testId} />,
}));

const branches = ['离石', '孝义', '文水', '汾阳', '交城', '方山', '岚县'];
const board: CampaignProgress = {
  phases: [
    {
      phaseId: 1,
      code: 'MOBILISE',
      name: '宣传动员',
      endsOn: '2000-10-31',
      requiredTypes: [{ typeId: 10, code: 'PLAN', name: '实施方案' }],
      totals: { accepted: 1, submitted: 1, returned: 1, draft: 1, missing: 3, late: 6 },
    },
    { phaseId: 2, code: 'IMPLEMENT', name: '实施创建', endsOn: '2999-08-31', requiredTypes: [], totals: phaseTotals() },
    {
      phaseId: 3,
      code: 'SUMMARY',
      name: '总结表彰',
      endsOn: '2999-12-31',
      requiredTypes: [{ typeId: 30, code: 'SUMMARY', name: '活动总结' }],
      totals: phaseTotals({ missing: 7, late: 0 }),
    },
  ],
  branches: {
    page: 1,
    size: 100,
    total: 7,
    items: branches.map((b, i) => ({
      branchId: i + 1,
      code: `B${i + 1}`,
      name: `民进${b}支部`,
      cells: [
        // The first is accepted on time; the second submitted late; the rest not yet accepted after the deadline.
        { phaseId: 1, typeId: 10, state: (['ACCEPTED', 'SUBMITTED', 'RETURNED', 'DRAFT'] as const)[i] ?? 'MISSING', late: i > 0 && i < 4 },
        { phaseId: 3, typeId: 30, state: 'MISSING' as const, late: false },
      ],
    })),
  },
};

const campaign: Campaign = fixtureCampaign({
  id: 2,
  title: '争创（2026年）',
  status: 'ACTIVE',
  resultsStatus: 'OPEN',
  participantCount: 7,
  currentPhaseId: 1,
});

describe('progress figures', () => {
  it('counts as missing only what the phases under way or over require', () => {
    const phases = board.phases;
    // phase 1 is current; phase 3 (the summary) ends in 2999 and has not started
    const totals = progressTotals(phases, (p) => hasStarted(p, 1, '2026-11-30'));
    expect(totals.missing).toBe(3);
    expect(totals.required).toBe(14);
    expect(hasStarted(phases[0]!, null, '2026-11-30')).toBe(true); // over
    expect(hasStarted(phases[2]!, 1, '2026-11-30')).toBe(false);
  });

  it('adds the phases up and finds what is late or missing after the deadline', () => {
    expect(progressTotals(board.phases)).toEqual({
      required: 14,
      accepted: 1,
      submitted: 1,
      returned: 1,
      draft: 1,
      missing: 10,
      late: 6,
    });
    const late = lateDeliverables(board, '2026-11-30');
    expect(late.map((l) => [l.branch, l.state, l.late])).toEqual([
      ['民进孝义支部', 'SUBMITTED', true],
      ['民进文水支部', 'RETURNED', true],
      ['民进汾阳支部', 'DRAFT', true],
      ['民进交城支部', 'MISSING', false],
      ['民进方山支部', 'MISSING', false],
      ['民进岚县支部', 'MISSING', false],
    ]);
    // Before the first deadline only what was handed in late counts.
    expect(lateDeliverables(board, '2000-10-01')).toHaveLength(3);
  });
});

describe('chooseCampaign', () => {
  const list: Campaign[] = [
    fixtureCampaign({ id: 9, status: 'DRAFT', year: 2030 }),
    fixtureCampaign({ id: 3, status: 'CLOSED', year: 2027, resultsStatus: 'OPEN' }),
    fixtureCampaign({ id: 2, status: 'ACTIVE', year: 2026, resultsStatus: 'OPEN' }),
    fixtureCampaign({ id: 1, status: 'CLOSED', year: 2009, resultsStatus: 'PUBLISHED' }),
  ];
  it('opens the live campaign or the newest published one, and never a draft', () => {
    expect(chooseCampaign(list, 'live')?.id).toBe(2);
    expect(chooseCampaign(list, 'published')?.id).toBe(1);
    expect(chooseCampaign(list, 'live', 1)?.id).toBe(1);
    expect(chooseCampaign(list, 'live', 9)?.id).toBe(2);
    expect(chooseCampaign(list.slice(0, 2), 'live')?.id).toBe(3);
    expect(chooseCampaign([list[0]!], 'live')).toBeUndefined();
  });
});

/** The progress board, and a review queue holding 3 (one required deliverable, two others). */
const boardAndQueue = (request: Request) =>
  request.url.includes('/deliverables') ? json({ items: [], page: 1, size: 1, total: 3 }) : json(board);

describe('progress tiles', () => {
  it('shows the key figures of the campaign: waiting is the queue, missing only what is due', async () => {
    mockFetch(boardAndQueue);
    renderWithProviders(<ProgressFiguresTile campaign={campaign} />);
    // the grid stands from the start (placeholders while loading), then fills in
    await waitFor(() => expect(screen.getByTestId('figure-accepted')).toHaveTextContent('必交材料已通过1/ 14'));
    expect(screen.getByTestId('figure-phase')).toHaveTextContent('宣传动员');
    expect(screen.getByTestId('figure-participants')).toHaveTextContent('7');
    expect(screen.getByTestId('figure-late')).toHaveTextContent('6');
    expect(screen.getByTestId('figure-missing')).toHaveTextContent('3');
    await waitFor(() => expect(screen.getByTestId('figure-submitted')).toHaveTextContent('3'));
  });

  it('lists the first five late deliverables, links the whole board and, for reviewers, the queue', async () => {
    mockFetch(boardAndQueue);
    renderWithProviders(<LateDeliverablesTile campaignId={2} boardHref="/progress?campaign=2" reviewHref="/review" />);
    const list = await screen.findByTestId('late-short-list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(list).toHaveTextContent('民进孝义支部 · 实施方案');
    expect(within(list).getAllByText('逾期')).toHaveLength(3);
    await waitFor(() => expect(screen.getByTestId('late-counts')).toHaveTextContent('逾期 6 份 · 未交 3 份 · 待审核 3 份'));
    expect(screen.getByRole('link', { name: /进度看板（全部 6 项）/ })).toHaveAttribute('href', '/progress?campaign=2');
    expect(screen.getByRole('link', { name: /材料审核（待审核 3 份）/ })).toHaveAttribute('href', '/review');
  });

  it('offers no review to those who do not review', async () => {
    mockFetch(() => json(board));
    renderWithProviders(<LateDeliverablesTile campaignId={2} boardHref="/progress" />);
    await screen.findByTestId('late-short-list');
    expect(screen.queryByRole('link', { name: /材料审核/ })).not.toBeInTheDocument();
  });

  it('is empty for a campaign that requires nothing, and fails on its own', async () => {
    mockFetch(() => json({ phases: [{ phaseId: 1, name: '宣传动员', requiredTypes: [], totals: {} }], branches: { items: [] } }));
    renderWithProviders(<PhaseProgressTile campaignId={2} />);
    expect(await screen.findByText('本活动还没有必交材料。')).toBeInTheDocument();
    expect(screen.queryByTestId('progress-chart')).not.toBeInTheDocument();
  });

  it('draws the chart with each phase in words beneath', async () => {
    mockFetch(() => json(board));
    renderWithProviders(<PhaseProgressTile campaignId={2} boardHref="/progress" />);
    expect(await screen.findByTestId('progress-chart')).toHaveAttribute('role', 'img');
    const summary = screen.getByTestId('phase-summary');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['宣传动员已通过 1 / 7', '实施创建本阶段没有必交材料', '总结表彰已通过 0 / 7']);
  });

  it('shows the failure of the progress in the tile', async () => {
    mockFetch(() => problem(404, { code: 'NOT_FOUND' }));
    renderWithProviders(<PhaseProgressTile campaignId={2} />);
    expect(await screen.findByText('进度加载失败')).toBeInTheDocument();
    expect(screen.getByTestId('tile-phases')).toHaveAttribute('data-state', 'error');
  });
});
