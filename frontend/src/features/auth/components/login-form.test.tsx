import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getSession } from '@/lib/session';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { LoginForm } from './login-form';

describe('LoginForm', () => {
  it('asks for both fields before sending anything', async () => {
    const { fn } = mockFetch(() => json({}));
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();
  });

  it('says the credentials are wrong on a 401, without signing in', async () => {
    mockFetch(() => problem(401, { code: 'BAD_CREDENTIALS', detail: 'The username or password is wrong' }));
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText('用户名'), 'lishi');
    await userEvent.type(screen.getByLabelText('密码'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(getSession()).toBeNull();
  });

  it('posts the credentials and keeps the session it gets back', async () => {
    const { requests } = mockFetch(() =>
      json({
        accessToken: 'token-1',
        tokenType: 'Bearer',
        expiresIn: 900,
        username: 'lishi',
        displayName: '离石区总支 王建华',
        roles: ['BRANCH'],
        branchId: 1,
        mustChangePassword: false,
      }),
    );
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText('用户名'), 'lishi');
    await userEvent.type(screen.getByLabelText('密码'), 'Demo@2009');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(requests[0]?.method).toBe('POST');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/auth/token');
    expect(await requests[0]!.json()).toEqual({ username: 'lishi', password: 'Demo@2009', refreshCookie: true });
    expect(getSession()).toMatchObject({ accessToken: 'token-1', branchId: 1, roles: ['BRANCH'] });
  });

  it('asks for the one-time code when the API needs it and sends it with the password', async () => {
    const { requests } = mockFetch(() =>
      requests.length === 1
        ? problem(401, { code: 'OTP_REQUIRED', detail: 'Enter the 6-digit code of your authenticator app' })
        : json({ accessToken: 'token-2', username: 'auditor', roles: ['AUDITOR'], mustChangePassword: false }),
    );
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText('用户名'), 'auditor');
    await userEvent.type(screen.getByLabelText('密码'), 'Demo@2009');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    const code = await screen.findByLabelText('动态码');
    expect(screen.queryByText('用户名或密码不正确')).not.toBeInTheDocument();
    await userEvent.type(code, '123456');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(await requests[1]!.json()).toEqual({ username: 'auditor', password: 'Demo@2009', otp: '123456', refreshCookie: true });
  });
});
