import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { setSession, type Session } from '@/lib/session';
import { organisation, organisationDetail } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { AppShell } from './app-shell';

let phone = false;
vi.mock('@/hooks/use-is-phone', () => ({ useIsPhone: () => phone }));

const admin: Session = {
  accessToken: 'token',
  expiresAt: Date.now() + 60_000,
  username: 'admin',
  displayName: '管理员',
  roles: ['ADMIN'],
  branchId: null,
  mustChangePassword: false,
};

/** A page with state of its own, as a form with typed values or an open drawer has. */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      clicked {count}
    </button>
  );
}

afterEach(() => {
  phone = false;
  setSession(null);
});

test('crossing the phone breakpoint swaps the bars but keeps the page and its state', () => {
  setSession(admin);
  renderWithProviders(
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/" element={<Counter />} />
      </Route>
    </Routes>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'clicked 0' }));
  fireEvent.click(screen.getByRole('button', { name: 'clicked 1' }));
  expect(document.querySelector('.cx-tabbar')).toBeNull();

  phone = true;
  act(() => setSession({ ...admin }));
  expect(document.querySelector('.cx-tabbar')).not.toBeNull();
  expect(screen.getByRole('button', { name: 'clicked 2' })).toBeInTheDocument();

  phone = false;
  act(() => setSession({ ...admin }));
  expect(document.querySelector('.cx-tabbar')).toBeNull();
  expect(screen.getByRole('button', { name: 'clicked 2' })).toBeInTheDocument();
});

test('the header shows staff the organisation they stand in, and asks nothing of it for a branch account', async () => {
  const { requests } = mockFetch((request) =>
    new URL(request.url).pathname === '/api/v1/organisations/mine'
      ? json(organisationDetail({ organisation: organisation({ name: '民进吕梁市委员会' }) }))
      : json({ items: [], page: 1, size: 20, total: 0 }),
  );
  setSession(admin);
  const { unmount } = renderWithProviders(
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/" element={<p>home</p>} />
      </Route>
    </Routes>,
  );
  expect(await screen.findByTestId('my-organisation')).toHaveTextContent('民进吕梁市委员会');
  unmount();

  requests.length = 0;
  setSession({ ...admin, username: 'lishi', roles: ['BRANCH'], branchId: 1 });
  renderWithProviders(
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/" element={<p>home</p>} />
      </Route>
    </Routes>,
  );
  await screen.findByText('home');
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(screen.queryByTestId('my-organisation')).toBeNull();
  expect(requests.map((r) => new URL(r.url).pathname)).not.toContain('/api/v1/organisations/mine');
});
