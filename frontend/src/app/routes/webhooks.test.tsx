import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { setSession, type Session } from '@/lib/session';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { WebhooksRoute } from './webhooks';

const session = (roles: string[]): Session => ({
  accessToken: 'token',
  expiresAt: Date.now() + 60_000,
  username: 'someone',
  displayName: '某人',
  roles,
  branchId: null,
  mustChangePassword: false,
});

function renderRoute() {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<p>首页</p>} />
      <Route path="/accounts/webhooks" element={<WebhooksRoute />} />
    </Routes>,
    { route: '/accounts/webhooks' },
  );
}

describe('the webhooks route', () => {
  afterEach(() => setSession(null));

  it('shows the webhooks to an administrator', async () => {
    setSession(session(['ADMIN']));
    mockFetch(() => json({ items: [], page: 1, size: 20, total: 0 }));
    renderRoute();
    expect(await screen.findByRole('heading', { level: 1, name: '事件推送' })).toBeInTheDocument();
    expect(await screen.findByText('还没有事件推送')).toBeInTheDocument();
  });

  it.each(['VIEWER', 'AUDITOR', 'ASSESSOR', 'BRANCH'])('sends role %s home without asking the API', async (role) => {
    setSession(session([role]));
    const { requests } = mockFetch(() => json({}));
    renderRoute();
    expect(await screen.findByText('首页')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
