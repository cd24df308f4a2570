import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { LeadingGroupCard } from './leading-group-card';

const group = {
  campaignId: 2,
  branchId: 1,
  version: 4,
  members: [
    { name: '李明远', role: 'MEMBER', position: '支部副主委' },
    { name: '王建华', role: 'LEADER', position: '总支主委' },
  ],
};

describe('LeadingGroupCard', () => {
  it('shows the leader first and saves the whole list with the version read', async () => {
    const { requests } = mockFetch(async (request) =>
      request.method === 'PUT' ? json({ ...(await request.clone().json()), version: 5 }) : json(group),
    );
    renderWithProviders(<LeadingGroupCard campaignId={2} branchId={1} canEdit />);
    const members = await screen.findAllByTestId('group-member');
    expect(members.map((m) => m.textContent)).toEqual(['王建华组长总支主委', '李明远成员支部副主委']);

    await userEvent.click(screen.getByRole('button', { name: '编辑领导组' }));
    await userEvent.click(await screen.findByRole('button', { name: /添加成员/ }));
    await userEvent.type(screen.getAllByLabelText('姓名')[2]!, '赵丽华');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.getAllByTestId('group-member')).toHaveLength(3));
    const put = requests.find((r) => r.method === 'PUT');
    expect(new URL(put!.url).pathname).toBe('/api/v1/campaigns/2/branches/1/leading-group');
    const body = (await put!.json()) as { version: number; members: { name: string; role: string }[] };
    expect(body.version).toBe(4);
    expect(body.members.map((m) => [m.name, m.role])).toEqual([
      ['李明远', 'MEMBER'],
      ['王建华', 'LEADER'],
      ['赵丽华', 'MEMBER'],
    ]);
  });

  it('refuses a list without exactly one leader before sending anything', async () => {
    const { requests } = mockFetch(() => json(group));
    renderWithProviders(<LeadingGroupCard campaignId={2} branchId={1} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '编辑领导组' }));
    await userEvent.click((await screen.findAllByRole('button', { name: /移\s*除/ }))[1]!);
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('领导组必须有且只有一位组长（当前 0 位）。')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });

  it('puts a server error about a member on that member’s field', async () => {
    mockFetch((request) =>
      request.method === 'PUT'
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [{ field: 'members[1].phone', code: 'PATTERN', message: 'must be a phone number', reason: 'PHONE' }],
          })
        : json(group),
    );
    renderWithProviders(<LeadingGroupCard campaignId={2} branchId={1} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '编辑领导组' }));
    await userEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请输入有效的电话号码')).toBeInTheDocument();
  });
});
