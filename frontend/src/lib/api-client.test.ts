import { json, mockFetch, problem } from '@/testing/render';
import { api, restoreSession, signOut } from './api-client';
import { getSession, sessionEnd, setSession, type Session } from './session';

const session = (extra: Partial<Session> = {}): Session => ({
  accessToken: 'old',
  expiresAt: Date.now() + 60_000,
  username: 'admin',
  displayName: '管理员',
  roles: ['ADMIN'],
  branchId: null,
  mustChangePassword: false,
  ...extra,
});

describe('api client', () => {
  afterEach(() => setSession(null));

  it('sends the bearer token', async () => {
    setSession(session());
    const { requests } = mockFetch(() => json({ items: [], page: 1, size: 20, total: 0 }));
    await api.GET('/api/v1/branches');
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer old');
  });

  it('keeps no token in script-readable storage', async () => {
    setSession(session());
    expect(JSON.stringify({ ...localStorage })).not.toContain('old');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('old');
  });

  it('ends the session on a 401 when the refresh cookie no longer works, remembering why', async () => {
    setSession(session());
    mockFetch(() => problem(401, { code: 'UNAUTHORIZED' }));
    const result = await api.GET('/api/v1/branches');
    expect(result.response.status).toBe(401);
    expect(getSession()).toBeNull();
    expect(sessionEnd).toBe('expired');
  });

  it('refreshes once with the cookie and repeats the request', async () => {
    setSession(session());
    const { requests } = mockFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/auth/refresh') {
        return json({ accessToken: 'new', expiresIn: 900, username: 'admin', roles: ['ADMIN'], refreshToken: null });
      }
      return request.headers.get('Authorization') === 'Bearer new'
        ? json({ id: 5, name: '民进离石区总支', version: 1 })
        : problem(401, { code: 'UNAUTHORIZED' });
    });
    const result = await api.PUT('/api/v1/branches/{id}', {
      params: { path: { id: 5 } },
      body: { code: 'LS', name: '民进离石区总支', kind: 'GENERAL_BRANCH', version: 0 },
    });
    expect(result.data).toEqual({ id: 5, name: '民进离石区总支', version: 1 });
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/branches/5', '/api/v1/auth/refresh', '/api/v1/branches/5']);
    // the refresh token travels only in its HttpOnly cookie, never in the page
    expect(await requests[1]!.json()).toEqual({});
    expect(await requests[2]!.json()).toMatchObject({ code: 'LS', version: 0 });
    expect(getSession()).toMatchObject({ accessToken: 'new' });
  });

  it('lets parallel 401s share one refresh', async () => {
    setSession(session());
    const { requests } = mockFetch(async (request) => {
      if (new URL(request.url).pathname === '/api/v1/auth/refresh') {
        return json({ accessToken: 'new', expiresIn: 900, username: 'admin', roles: ['ADMIN'] });
      }
      return request.headers.get('Authorization') === 'Bearer new' ? json({ items: [] }) : problem(401, {});
    });
    await Promise.all([api.GET('/api/v1/branches'), api.GET('/api/v1/accounts'), api.GET('/api/v1/campaigns')]);
    expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('restores the session after a reload from the refresh cookie', async () => {
    const { requests } = mockFetch(() =>
      json({ accessToken: 'restored', expiresIn: 900, username: 'lishi', roles: ['BRANCH'], branchId: 3 }),
    );
    expect(getSession()).toBeNull();
    await restoreSession();
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/auth/refresh');
    expect(getSession()).toMatchObject({ accessToken: 'restored', username: 'lishi', branchId: 3 });
  });

  it('ends this sign-in on sign-out, and forgets the page', async () => {
    setSession(session());
    const { requests } = mockFetch(() => new Response(null, { status: 204 }));
    await signOut();
    expect(getSession()).toBeNull();
    expect(sessionEnd).toBe('signedOut');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/auth/logout');
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer old');
  });
});
