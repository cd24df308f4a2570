import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { organisationRef } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { Account } from '../api/get-accounts';
import { AccountFormDrawer } from './account-form-drawer';

const lishi = organisationRef({ id: 5, name: '民进离石区委员会', level: 'COUNTY' });
const branches = [{ value: 1, label: '民进离石区总支（LS）' }];

async function chooseRole(name: string) {
  await userEvent.click(screen.getByLabelText('身份'));
  await userEvent.click(document.querySelector(`.ant-select-item-option[title="${name}"]`)!);
}

const listed: Account = {
  id: 7,
  username: 'lsadmin',
  displayName: '离石工作人员',
  roles: ['ADMIN'],
  branchId: null,
  organisation: lishi,
  phone: '139****5678',
  email: 'l***@example.org',
  enabled: true,
  mustChangePassword: false,
  totpEnabled: false,
  lockedUntil: null,
  lastLoginAt: null,
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('AccountFormDrawer', () => {
  it('edits the account as read on its own, not the masked phone and e-mail of the list', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'GET' ? json({ ...listed, phone: '13912345678', email: 'ls@example.org' }) : json({ ...listed, version: 5 }),
    );
    const onClose = vi.fn();
    renderWithProviders(<AccountFormDrawer open account={listed} branches={branches} onClose={onClose} />);
    expect(await screen.findByLabelText('手机')).toHaveValue('13912345678');
    expect(screen.getByLabelText('电子邮箱')).toHaveValue('ls@example.org');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toMatchObject({
      phone: '13912345678',
      email: 'ls@example.org',
      version: 4,
    });
  });

  it('puts a staff account in the organisation given; a branch account goes with its branch instead', async () => {
    const { requests } = mockFetch(() => json({ id: 9, username: 'lsadmin' }, 201));
    renderWithProviders(<AccountFormDrawer open account={null} branches={branches} organisation={lishi} onClose={vi.fn()} />);
    const drawer = await screen.findByRole('dialog');
    await userEvent.type(within(drawer).getByLabelText('用户名'), 'lsadmin');
    await userEvent.type(within(drawer).getByLabelText('姓名'), '离石区委会组织部');
    await chooseRole('管理员');
    // A staff account: its organisation, shown by name; no branch to choose.
    expect(within(drawer).getByLabelText('所属组织')).toBeInTheDocument();
    expect(within(drawer).getByTitle('民进离石区委员会')).toBeInTheDocument();
    expect(within(drawer).queryByLabelText('所属基层组织')).toBeNull();

    await chooseRole('基层组织负责人');
    expect(await within(drawer).findByLabelText('所属基层组织')).toBeInTheDocument();
    expect(within(drawer).queryByLabelText('所属组织')).toBeNull();
    // Taken back: a staff account again.
    await userEvent.click(
      within(drawer).getByTitle('基层组织负责人').querySelector('.ant-select-selection-item-remove, [class$="-remove"]')!,
    );
    await waitFor(() => expect(within(drawer).queryByLabelText('所属基层组织')).toBeNull());

    await userEvent.type(within(drawer).getByLabelText('初始密码'), 'Temp@2026x');
    await userEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.json()).toMatchObject({
      username: 'lsadmin',
      roles: ['ADMIN'],
      branchId: null,
      organisationId: 5,
    });
  });
});
