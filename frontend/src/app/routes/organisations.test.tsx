import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { setSession, type Session } from '@/lib/session';
import { organisation, organisationDetail, organisationRef, rollupRow } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { OrganisationsRoute } from './organisations';

const session = (roles: string[]): Session => ({
  accessToken: 'token',
  expiresAt: Date.now() + 60_000,
  username: 'someone',
  displayName: '某人',
  roles,
  branchId: null,
  mustChangePassword: false,
});

const lvliang = organisation({ id: 3, parentId: 2, level: 'CITY', name: '民进吕梁市委员会', code: 'SX-LL', childCount: 1 });
const lishi = organisationRef({ id: 7, name: '民进离石区委员会', level: 'COUNTY' });

/** The city committee's tree, with its roll-up for those who may ask for it. */
function api() {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/organisations/mine') return json(organisationDetail({ organisation: lvliang }));
    if (path === '/api/v1/organisations/3/rollup')
      return json({
        items: [rollupRow({ organisation: lishi, branches: 1, activeBranches: 1 })],
        page: 1,
        size: 20,
        total: 1,
        overall: rollupRow({ organisation: organisationRef(), branches: 14, activeBranches: 14 }),
      });
    return json({ items: [organisation({ id: 7, parentId: 3, level: 'COUNTY', name: '民进离石区委员会' })], page: 1, size: 20, total: 1 });
  });
}

function renderRoute() {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations" element={<OrganisationsRoute />} />
    </Routes>,
    { route: '/organisations' },
  );
}

const isRollup = (r: Request) => new URL(r.url).pathname.endsWith('/rollup');

describe('the organisations route', () => {
  afterEach(() => setSession(null));

  it.each(['VIEWER', 'ADMIN'])('shows the roll-up to role %s', async (role) => {
    setSession(session([role]));
    const { requests } = api();
    renderRoute();
    const rollup = await screen.findByRole('region', { name: '汇总' });
    expect(await within(rollup).findByTestId('rollup-overall-branches')).toHaveTextContent(/基层组织\s*14/);
    expect(within(rollup).getByRole('link', { name: '民进离石区委员会' })).toHaveAttribute('href', '/organisations/7');
    expect(requests.filter(isRollup)).toHaveLength(1);
  });

  it.each(['ASSESSOR', 'AUDITOR'])('neither shows nor asks for the roll-up for role %s, which the API refuses it', async (role) => {
    setSession(session([role]));
    const { requests } = api();
    renderRoute();
    await screen.findByRole('heading', { level: 1, name: '民进吕梁市委员会' });
    // The list below has come: the page has asked for everything it will.
    await screen.findByRole('link', { name: '民进离石区委员会' });
    expect(screen.queryByRole('region', { name: '汇总' })).toBeNull();
    expect(requests.filter(isRollup)).toHaveLength(0);
    expect(requests.length).toBeGreaterThan(0);
  });
});
