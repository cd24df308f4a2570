import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { commendationList } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { CommendationList } from '../api/keys';
import { WorkflowActions } from './workflow-actions';

const underNotice: CommendationList = commendationList({
  id: 7,
  campaignId: 3,
  status: 'NOTICE',
  basis: 'TOP_N',
  topN: 2,
  noticeStartsOn: '2010-11-15',
  noticeEndsOn: '2010-11-21',
  openObjections: 1,
  entries: [
    {
      branchId: 11,
      branchName: '民进兴县支部',
      rank: 1,
      total: 90,
      gradeCode: 'EXCELLENT',
      gradeName: '优秀',
      eligible: true,
      origin: 'RESULTS',
    },
  ],
  adjustments: [],
  version: 4,
});

function render(list: CommendationList, today: string) {
  return renderWithProviders(<WorkflowActions list={list} today={today} onProblem={() => {}} />);
}

describe('WorkflowActions', () => {
  it('keeps approval disabled while an objection is open and the notice runs, and says both reasons', () => {
    render(underNotice, '2010-11-18');
    const approve = screen.getByRole('button', { name: '批准名单' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAttribute('aria-describedby', 'approve-why');
    expect(screen.getByTestId('approve-why')).toHaveTextContent(
      '暂不能批准：还有 1 条异议未处理；公示期到 2010年11月21日 结束，2010年11月22日 起可以批准',
    );
    // Objections can be recorded while the notice runs.
    expect(screen.getByRole('button', { name: '登记异议' })).toBeEnabled();
  });

  it('after the notice with every objection resolved, approval is open and objections are closed', () => {
    render({ ...underNotice, openObjections: 0 }, '2010-11-22');
    expect(screen.getByRole('button', { name: '批准名单' })).toBeEnabled();
    expect(screen.queryByTestId('approve-why')).toBeNull();
    expect(screen.getByRole('button', { name: '登记异议' })).toBeDisabled();
    expect(screen.getByText('公示已于 2010年11月21日 结束，不能再登记异议。')).toBeInTheDocument();
  });

  it('offers the notice on a draft, publication on an approved list, and no adjustment after approval', () => {
    const { unmount } = render({ ...underNotice, status: 'DRAFT' }, '2010-11-10');
    expect(screen.getByRole('button', { name: '开始公示' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '加入基层组织' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '批准名单' })).toBeNull();
    unmount();
    render({ ...underNotice, status: 'APPROVED', resolutionNumber: '民进吕梁市委〔2010〕12号' }, '2010-12-06');
    expect(screen.getByRole('button', { name: '发布名单' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加入基层组织' })).toBeNull();
  });

  it('publishes only after the confirmation, with the version read', async () => {
    const { fn, requests } = mockFetch(() => json({ ...underNotice, status: 'PUBLISHED', version: 6 }));
    render({ ...underNotice, status: 'APPROVED', version: 5 }, '2010-12-06');
    await userEvent.click(screen.getByRole('button', { name: '发布名单' }));
    expect(await screen.findByText('发布后名单不能再修改；如有错误，只能另行作出更正决定。确定发布吗？')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog');
    await userEvent.click(dialog.querySelector('.ant-btn-primary') as HTMLElement);
    expect(await screen.findByText('名单已发布')).toBeInTheDocument();
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/commendation-lists/7/publication');
    expect(await requests[0]!.json()).toEqual({ version: 5 });
  });
});
