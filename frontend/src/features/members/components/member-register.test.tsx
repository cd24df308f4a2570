import { fireEvent, screen, within } from '@testing-library/react';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { MemberRegister } from './member-register';

const member = (id: number, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  branchId: 7,
  name,
  role: 'MEMBER',
  joinedOn: null,
  leftOn: null,
  current: true,
  version: 0,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  ...extra,
});

const page = (items: unknown[]) => json({ items, page: 1, size: 20, total: items.length });

function sheet() {
  return new File(['x'], 'members.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

describe('the member register', () => {
  it('says the register is empty and offers to add or import', async () => {
    mockFetch(() => page([]));
    renderWithProviders(<MemberRegister branchId={7} canEdit />);
    expect(await screen.findByText(/名册还是空的/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /添加成员/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /从表格导入/ })).toBeInTheDocument();
  });

  it('names each row of a refused sheet by its number and field, and imports nothing', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'POST'
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [
              { field: 'rows[3].name', code: 'REQUIRED', message: 'is required' },
              {
                field: 'rows[4].role',
                code: 'INVALID',
                message: 'must be one of 主委, 副主委, 委员, 会员',
                reason: 'ONE_OF',
                params: { allowed: '主委,副主委,委员,会员' },
              },
            ],
          })
        : page([member(1, '王建华')]),
    );
    renderWithProviders(<MemberRegister branchId={7} canEdit />);
    await screen.findAllByText('王建华');
    fireEvent.change(screen.getByTestId('member-import-file'), { target: { files: [sheet()] } });
    const errors = await screen.findByTestId('import-errors');
    const lines = within(errors)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^第 3 行「姓名」：/);
    expect(lines[1]).toMatch(/^第 4 行「职务」：/);
    expect(screen.getByText(/表格中有 2 处需要修改/)).toBeInTheDocument();
    const upload = requests.find((r) => r.method === 'POST');
    expect(upload?.url).toMatch(/\/api\/v1\/branches\/7\/members\/import$/);
  });

  it('says how many came in and how many were already there', async () => {
    mockFetch((request) => (request.method === 'POST' ? json({ added: 3, skipped: 1, members: [] }) : page([member(1, '王建华')])));
    renderWithProviders(<MemberRegister branchId={7} canEdit />);
    await screen.findAllByText('王建华');
    fireEvent.change(screen.getByTestId('member-import-file'), { target: { files: [sheet()] } });
    expect(await screen.findByText('已导入 3 人，跳过已在名册中的 1 人')).toBeInTheDocument();
  });

  it('offers leadership nothing to change', async () => {
    mockFetch(() => page([member(1, '王*华'), member(2, '赵*', { current: false, leftOn: '2026-11-30' })]));
    renderWithProviders(<MemberRegister branchId={7} canEdit={false} />);
    expect(await screen.findByText('王*华')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加成员/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /修改/ })).toBeNull();
    expect(screen.queryByTestId('member-import-file')).toBeNull();
  });
});
