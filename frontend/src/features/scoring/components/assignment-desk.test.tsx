import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { AssignmentDesk } from './assignment-desk';

const hrefs = { campaign: '/campaigns/2', assignments: '/campaigns/2/assignments', results: '/campaigns/2/results' };
const participants = [
  { branchId: 3, branchCode: 'FY', branchName: '民进汾阳市总支' },
  { branchId: 13, branchCode: 'JK', branchName: '民进交口县支部' },
];
const assignments = [
  { id: 10, branchId: 3, branchName: '民进汾阳市总支', assessorId: 4, assessorUsername: 'assessor1', assessorName: '考核组 王评' },
  {
    id: 11,
    branchId: 3,
    branchName: '民进汾阳市总支',
    assessorId: 5,
    assessorUsername: 'assessor2',
    assessorName: '考核组 李评',
    scoresheetStatus: 'SUBMITTED',
  },
];
const load = [
  { assessorId: 4, username: 'assessor1', displayName: '考核组 王评', assigned: 1, submitted: 0 },
  { assessorId: 5, username: 'assessor2', displayName: '考核组 李评', assigned: 1, submitted: 1 },
  { assessorId: 6, username: 'assessor3', displayName: '考核组 赵评', ownBranchId: 3, assigned: 0, submitted: 0 },
];

function api(overrides: (request: Request, path: string) => Response | undefined = () => undefined) {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    const answer = overrides(request, path);
    if (answer) return answer;
    if (path === '/api/v1/campaigns/2') return json({ id: 2, title: '争创活动（2026年）', resultsStatus: 'OPEN', version: 1 });
    if (path === '/api/v1/campaigns/2/branches') return json({ items: participants, page: 1, size: 100, total: 2 });
    if (path === '/api/v1/campaigns/2/assignments') return json({ items: assignments, page: 1, size: 100, total: 2 });
    if (path === '/api/v1/campaigns/2/assignments/assessors') return json({ items: load, page: 1, size: 100, total: 3 });
    return json({}, 404);
  });
}

async function chooseAssessor(name: RegExp) {
  await userEvent.click(within(screen.getByRole('dialog')).getByRole('combobox'));
  await userEvent.click(await screen.findByTitle(name));
}

describe('AssignmentDesk', () => {
  it('lists every participating branch with its assessors and each assessor’s load', async () => {
    api();
    renderWithProviders(<AssignmentDesk campaignId={2} hrefs={hrefs} />);
    const fy = (await screen.findByRole('checkbox', { name: '选择 民进汾阳市总支' })).closest('tr')!;
    expect(
      within(fy as HTMLElement)
        .getAllByTestId('assignment')
        .map((a) => a.textContent),
    ).toEqual(['考核组 王评未开始', '考核组 李评已提交']);
    // A submitted scoresheet keeps its assessor: no way to remove them.
    expect(within(fy as HTMLElement).getByRole('button', { name: '取消 考核组 王评 对 民进汾阳市总支 的分配' })).toBeInTheDocument();
    expect(within(fy as HTMLElement).queryByRole('button', { name: /取消 考核组 李评/ })).toBeNull();
    const jk = screen.getByRole('checkbox', { name: '选择 民进交口县支部' }).closest('tr')!;
    expect(jk).toHaveTextContent('尚未分配');
    expect(await screen.findByTestId('assessor-load')).toHaveTextContent('考核组 赵评 assessor3民进汾阳市总支0已提交 0 / 0');
  });

  it('assigns one assessor to one branch', async () => {
    const { requests } = api((request, path) =>
      request.method === 'POST' && path === '/api/v1/campaigns/2/assignments'
        ? json({ id: 20, branchId: 13, branchName: '民进交口县支部', assessorId: 4, assessorName: '考核组 王评' }, 201)
        : undefined,
    );
    renderWithProviders(<AssignmentDesk campaignId={2} hrefs={hrefs} />);
    await userEvent.click(await screen.findByRole('button', { name: '为 民进交口县支部 分配考核组成员' }));
    await chooseAssessor(/^考核组 王评（assessor1）/);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /分\s*配/ }));
    expect(await screen.findByText('已分配 考核组 王评 为 民进交口县支部 评分')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ branchId: 13, assessorId: 4 });
  });

  it('assigns in bulk and, when an assessor belongs to a branch, shows the refusal naming the pair', async () => {
    const { requests } = api((_request, path) =>
      path.endsWith('/assignments/bulk')
        ? problem(409, {
            code: 'CONFLICT_OF_INTEREST',
            detail: '1 pairs would let an assessor score their own branch; nothing was assigned',
            fieldErrors: [
              {
                field: 'branchIds[0]',
                code: 'INVALID',
                message: 'assessor assessor3 (assessorIds[1]) belongs to this branch and may not score it',
                reason: 'CONFLICT_OF_INTEREST',
                params: { assessor: 'assessor3', assessorIndex: 1 },
              },
            ],
          })
        : undefined,
    );
    renderWithProviders(<AssignmentDesk campaignId={2} hrefs={hrefs} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: '选择 民进汾阳市总支' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 民进交口县支部' }));
    expect(screen.getByRole('status')).toHaveTextContent('已选 2 个组织');
    await userEvent.click(screen.getByRole('button', { name: /批量分配/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('为 2 个组织分配考核组成员');
    await chooseAssessor(/^考核组 王评（assessor1）/);
    await chooseAssessor(/^考核组 赵评（assessor3）.*本组织成员/);
    // Warned before sending; the server decides.
    expect(dialog).toHaveTextContent('以下组合为成员所在组织');
    await userEvent.click(within(dialog).getByRole('button', { name: /分\s*配/ }));
    const refusal = await within(dialog).findByTestId('refusal');
    expect(refusal).toHaveTextContent('考核组成员不能为本人所在的基层组织评分。');
    expect(refusal).toHaveTextContent('考核组 赵评（assessor3） 属于 民进汾阳市总支，不能为其评分');
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/bulk'))).toBe(true));
    expect(await requests.find((r) => r.url.endsWith('/bulk'))!.json()).toEqual({ branchIds: [3, 13], assessorIds: [4, 6] });
  });

  it('says in words why the server refused a branch of a bulk assignment', async () => {
    api((_request, path) =>
      path.endsWith('/assignments/bulk')
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [
              {
                field: 'branchIds[1]',
                code: 'UNKNOWN_REFERENCE',
                message: 'does not take part in campaign 2',
                reason: 'NOT_PARTICIPATING',
              },
            ],
          })
        : undefined,
    );
    renderWithProviders(<AssignmentDesk campaignId={2} hrefs={hrefs} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: '选择 民进汾阳市总支' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 民进交口县支部' }));
    await userEvent.click(screen.getByRole('button', { name: /批量分配/ }));
    await chooseAssessor(/^考核组 王评（assessor1）/);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /分\s*配/ }));
    const refusal = await within(screen.getByRole('dialog')).findByTestId('refusal');
    expect(refusal).toHaveTextContent('民进交口县支部：未参加本次活动');
    expect(refusal).not.toHaveTextContent('campaign');
  });

  it('says why an assignment cannot be removed once the assessor has submitted', async () => {
    api((request) => (request.method === 'DELETE' ? problem(409, { code: 'SCORESHEET_SUBMITTED', detail: 'submitted' }) : undefined));
    renderWithProviders(<AssignmentDesk campaignId={2} hrefs={hrefs} />);
    await userEvent.click(await screen.findByRole('button', { name: '取消 考核组 王评 对 民进汾阳市总支 的分配' }));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('其未提交的评分草稿将被删除');
    await userEvent.click(within(confirm).getByRole('button', { name: '取消分配' }));
    expect(await screen.findByText('考核组 王评 已提交 民进汾阳市总支 的评分表，不能取消分配。')).toBeInTheDocument();
  });
});
