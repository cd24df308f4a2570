import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { CertificateRoute, PublicListRoute } from './public';

// jsdom cannot draw: the page shows the details without the picture.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const routes = (
  <Routes>
    <Route path="/public/lists/:id" element={<PublicListRoute />} />
    <Route path="/certificates/:listId/:branchId" element={<CertificateRoute />} />
  </Routes>
);

test('a list under notice shows its period, its text and the branches in order, without signing in', async () => {
  const { requests } = mockFetch(() =>
    json({
      id: 7,
      campaignTitle: '2009年争创活动',
      status: 'NOTICE',
      noticeStartsOn: '2010-06-01',
      noticeEndsOn: '2010-06-07',
      noticeText: '现将拟表彰名单予以公示。',
      issuer: '民进吕梁市委',
      branches: [
        { branchId: 2, branchName: '民进孝义市基层委员会' },
        { branchId: 1, branchName: '民进离石区总支' },
      ],
    }),
  );
  renderWithProviders(routes, { route: '/public/lists/7' });
  expect(await screen.findByRole('heading', { level: 1, name: '2009年争创活动拟表彰名单公示' })).toBeInTheDocument();
  expect(screen.getByTestId('public-list-status')).toHaveTextContent('公示中');
  expect(screen.getByTestId('public-notice-period')).toHaveTextContent('公示期：2010年6月1日至2010年6月7日');
  expect(screen.getByText('现将拟表彰名单予以公示。')).toBeInTheDocument();
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual(['民进孝义市基层委员会', '民进离石区总支']);
  expect(requests[0]?.url).toMatch(/\/api\/v1\/public\/commendation-lists\/7$/);
  expect(requests[0]?.headers.get('Authorization')).toBeNull();
});

test('a certificate the register holds is shown as genuine with its decision', async () => {
  mockFetch(() =>
    json({
      listId: 7,
      branchId: 2,
      branchName: '民进孝义市基层委员会',
      campaignTitle: '2009年争创活动',
      status: 'PUBLISHED',
      resolutionNumber: '民进吕梁市委〔2010〕12号',
      resolutionDate: '2010-06-10',
      issuer: '民进吕梁市委',
      inForce: true,
    }),
  );
  renderWithProviders(routes, { route: '/certificates/7/2' });
  expect(await screen.findByTestId('certificate-valid')).toHaveTextContent('核验通过：该证书真实有效');
  expect(screen.getByText('民进吕梁市委〔2010〕12号（2010年6月10日）')).toBeInTheDocument();
});

test('a withdrawn certificate says so and points to the correction', async () => {
  mockFetch(() =>
    json({
      listId: 7,
      branchId: 2,
      branchName: '民进孝义市基层委员会',
      campaignTitle: '2009',
      status: 'PUBLISHED',
      inForce: false,
      supersededByListId: 9,
    }),
  );
  renderWithProviders(routes, { route: '/certificates/7/2' });
  expect(await screen.findByTestId('certificate-superseded')).toHaveTextContent('该证书已因名单更正而失效');
  expect(screen.getByRole('link', { name: '查看更正后的名单' })).toHaveAttribute('href', '/public/lists/9');
  expect(screen.queryByTestId('certificate-image')).toBeNull();
});

test('a certificate the register does not hold is called out, not shown', async () => {
  mockFetch(() => problem(404, { title: 'Not found', code: 'NOT_FOUND', detail: 'Certificate does not exist' }));
  renderWithProviders(routes, { route: '/certificates/7/99' });
  expect(await screen.findByText('未找到该证书')).toBeInTheDocument();
  expect(screen.queryByText(/Certificate does not exist/)).toBeNull();
});
