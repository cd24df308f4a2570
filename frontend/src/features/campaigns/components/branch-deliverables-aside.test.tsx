import { screen } from '@testing-library/react';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { BranchDeliverablesAside } from './branch-deliverables-aside';

describe('BranchDeliverablesAside', () => {
  it('lists the branch’s deliverables with type and status, each opening its page in a new window', async () => {
    const { requests } = mockFetch(() =>
      json({
        items: [
          { id: 29, typeName: '实施方案', title: '争创活动实施方案', status: 'ACCEPTED', late: false },
          { id: 41, typeName: '宣传动员记录', title: '民主生活会记录', status: 'SUBMITTED', late: true },
        ],
        page: 1,
        size: 100,
        total: 2,
      }),
    );
    renderWithProviders(<BranchDeliverablesAside campaignId={2} branchId={4} detailHref={(c, id) => `/campaigns/${c}/deliverables/${id}`} />);
    const link = await screen.findByRole('link', { name: /争创活动实施方案/ });
    expect(link).toHaveAttribute('href', '/campaigns/2/deliverables/29');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleName('争创活动实施方案 （在新窗口打开）');
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('实施方案已通过');
    expect(items[1]).toHaveTextContent('宣传动员记录已提交待审核逾期');
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/api/v1/campaigns/2/deliverables');
    expect(url.searchParams.get('branchId')).toBe('4');
  });

  it('says so when the branch has none', async () => {
    mockFetch(() => json({ items: [], page: 1, size: 100, total: 0 }));
    renderWithProviders(<BranchDeliverablesAside campaignId={2} branchId={4} detailHref={() => '/'} />);
    expect(await screen.findByText('该组织在本活动还没有材料')).toBeInTheDocument();
  });
});
