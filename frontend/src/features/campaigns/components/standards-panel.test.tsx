import { screen, within } from '@testing-library/react';
import { standard } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { StandardsPanel } from './standards-panel';

describe('Standards taken over from the campaign above', () => {
  it('are marked and locked, while standards of the plan’s own are edited and added as before', async () => {
    mockFetch(() =>
      json({
        items: [
          standard({ id: 1, seq: 1, code: 'STUDY', name: '重视学习', maxPoints: 25, inherited: true }),
          standard({ id: 2, seq: 2, code: 'LOCAL', name: '本级特色', maxPoints: 5 }),
        ],
        page: 1,
        size: 100,
        total: 2,
      }),
    );
    renderWithProviders(<StandardsPanel campaignId={41} canEdit />);
    const inherited = await screen.findByTestId('standard-STUDY');
    expect(within(inherited).getByText('上级统一')).toBeInTheDocument();
    expect(within(inherited).getByRole('button', { name: '编辑 重视学习' })).toBeDisabled();
    expect(within(inherited).getByRole('button', { name: '删除 重视学习' })).toBeDisabled();
    expect(within(inherited).getByRole('button', { name: '编辑 重视学习' })).toHaveAccessibleDescription(
      '承接上级活动的标准，不能修改；可另加本级标准',
    );
    const own = screen.getByTestId('standard-LOCAL');
    expect(within(own).queryByText('上级统一')).toBeNull();
    expect(within(own).getByRole('button', { name: '编辑 本级特色' })).toBeEnabled();
    expect(screen.getByRole('button', { name: /添加考核标准/ })).toBeEnabled();
  });

  it('stay as they are in a campaign organisations below adopted, and the panel says why', async () => {
    mockFetch(() =>
      json({ items: [standard({ id: 1, seq: 1, code: 'STUDY', name: '重视学习', maxPoints: 25 })], page: 1, size: 100, total: 1 }),
    );
    renderWithProviders(<StandardsPanel campaignId={41} canEdit adoptions={2} />);
    await screen.findByTestId('standard-STUDY');
    expect(screen.getByText('已有 2 个下级组织采纳本活动，考核标准不能再修改')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑 重视学习' })).toBeNull();
    expect(screen.queryByRole('button', { name: /添加考核标准/ })).toBeNull();
  });
});
