import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getSession, setSession } from '@/lib/session';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { ChangePasswordForm } from './change-password-form';
import { meetsPasswordPolicy } from './password-rule';

const session = {
  accessToken: 'restricted',
  expiresAt: Date.now() + 60_000,
  username: 'fenyang',
  displayName: '汾阳',
  roles: ['BRANCH'],
  branchId: 3,
  mustChangePassword: true,
};

async function fill(current: string, next: string, repeat = next) {
  await userEvent.type(screen.getByLabelText('当前密码'), current);
  await userEvent.type(screen.getByLabelText('新密码'), next);
  await userEvent.type(screen.getByLabelText('再次输入新密码'), repeat);
  await userEvent.click(screen.getByRole('button', { name: '修改密码' }));
}

describe('password policy', () => {
  it('needs 8 characters and 3 of the 4 classes', () => {
    expect(meetsPasswordPolicy('Abc@12')).toBe(false); // too short
    expect(meetsPasswordPolicy('abcdefgh1')).toBe(false); // 2 classes
    expect(meetsPasswordPolicy('abcdefg1!')).toBe(true); // lower, digit, symbol
    expect(meetsPasswordPolicy('Abcdefgh1')).toBe(true); // lower, upper, digit
    expect(meetsPasswordPolicy('abcdefghij')).toBe(false); // one class, however long
  });
});

describe('ChangePasswordForm', () => {
  beforeEach(() => setSession(session));
  afterEach(() => setSession(null));

  it('checks the policy and the repeat before sending anything', async () => {
    const { fn } = mockFetch(() => json({}));
    renderWithProviders(<ChangePasswordForm onChanged={vi.fn()} />);
    await fill('Temp@2026x', 'abcdefgh', 'abcdefgx');
    expect(await screen.findByText(/至少 3 类$/)).toBeInTheDocument();
    expect(screen.getByText('两次输入的新密码不一致')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();
  });

  it('shows the server refusal on the current-password field', async () => {
    mockFetch(() =>
      problem(400, {
        code: 'VALIDATION_FAILED',
        fieldErrors: [{ field: 'currentPassword', code: 'INVALID', message: 'is not your current password', reason: 'WRONG_PASSWORD' }],
      }),
    );
    const onChanged = vi.fn();
    renderWithProviders(<ChangePasswordForm onChanged={onChanged} />);
    await fill('Wrong@2026x', 'Mine#2026ok');
    expect(await screen.findByText('当前密码不正确')).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
    expect(getSession()?.mustChangePassword).toBe(true);
  });

  it('changes the password, then signs in again with the new one and no old token', async () => {
    const { requests } = mockFetch((request) =>
      request.url.endsWith('/api/v1/me/password')
        ? new Response(null, { status: 204 })
        : json({ accessToken: 'fresh', username: 'fenyang', roles: ['BRANCH'], branchId: 3, mustChangePassword: false }),
    );
    const onChanged = vi.fn();
    renderWithProviders(<ChangePasswordForm onChanged={onChanged} />);
    await fill('Temp@2026x', 'Mine#2026ok');
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(true));
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['PUT /api/v1/me/password', 'POST /api/v1/auth/token']);
    expect(await requests[0]!.json()).toEqual({ currentPassword: 'Temp@2026x', newPassword: 'Mine#2026ok' });
    expect(await requests[1]!.json()).toEqual({ username: 'fenyang', password: 'Mine#2026ok', refreshCookie: true });
    expect(requests[1]!.headers.get('Authorization')).toBeNull();
    expect(getSession()).toMatchObject({ accessToken: 'fresh', mustChangePassword: false });
  });
});
