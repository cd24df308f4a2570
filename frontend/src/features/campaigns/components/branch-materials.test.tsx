import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { BranchMaterials } from './branch-materials';

const plan = {
  id: 29,
  campaignId: 2,
  typeId: 10,
  typeName: '实施方案',
  branchName: '民进离石区总支',
  title: '争创活动实施方案',
  status: 'ACCEPTED',
  late: false,
  version: 3,
  body: '全年组织集中学习六次',
  fields: { goals: '建设学习型组织' },
  attachments: [{ id: 41, fileName: '实施方案.pdf', sizeBytes: 204800 }],
};

describe('BranchMaterials', () => {
  it('opens the branch’s deliverables in a drawer and shows one inside it, with fields and files, without leaving the page', async () => {
    const { requests } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/campaigns/2/deliverables')
        return json({
          items: [
            { id: 29, typeName: '实施方案', title: '争创活动实施方案', status: 'ACCEPTED', late: false },
            { id: 41, typeName: '宣传动员记录', title: '民主生活会记录', status: 'SUBMITTED', late: true },
          ],
          page: 1,
          size: 100,
          total: 2,
        });
      if (path === '/api/v1/campaigns/2/deliverable-types')
        return json({
          page: 1,
          size: 100,
          total: 1,
          items: [{ id: 10, name: '实施方案', fields: [{ key: 'goals', label: '目标', type: 'TEXTAREA' }] }],
        });
      if (path === '/api/v1/campaigns/2/deliverables/29') return json(plan);
      return json({}, 404);
    });
    renderWithProviders(<BranchMaterials campaignId={2} branchId={4} />);
    expect(requests).toHaveLength(0); // nothing is read until the drawer opens

    await userEvent.click(screen.getByRole('button', { name: /材料/ }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('该组织的材料')).toBeInTheDocument();
    const list = await within(drawer).findByTestId('branch-deliverables');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('争创活动实施方案实施方案已通过');
    expect(items[1]).toHaveTextContent('民主生活会记录宣传动员记录已提交待审核逾期');
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
    const listUrl = new URL(requests[0]!.url);
    expect(listUrl.searchParams.get('branchId')).toBe('4');

    await userEvent.click(within(list).getByRole('button', { name: '争创活动实施方案' }));
    expect(await within(drawer).findByRole('heading', { level: 2, name: '争创活动实施方案' })).toBeInTheDocument();
    expect(within(drawer).getByText('建设学习型组织')).toBeInTheDocument();
    expect(within(drawer).getByText('全年组织集中学习六次')).toBeInTheDocument();
    expect(within(within(drawer).getByTestId('attachments')).getByRole('button', { name: /实施方案\.pdf/ })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: /通过|退回/ })).not.toBeInTheDocument();

    await userEvent.click(within(drawer).getByRole('button', { name: /返回材料列表/ }));
    expect(await within(drawer).findByTestId('branch-deliverables')).toBeInTheDocument();
  });

  it('says so when the branch has handed in nothing', async () => {
    mockFetch(() => json({ items: [], page: 1, size: 100, total: 0 }));
    renderWithProviders(<BranchMaterials campaignId={2} branchId={4} />);
    await userEvent.click(screen.getByRole('button', { name: /材料/ }));
    expect(await screen.findByText('该组织在本活动还没有已提交的材料')).toBeInTheDocument();
  });
});
