import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delivery } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { DeliveryLog } from './delivery-log';

const page = (items: ReturnType<typeof delivery>[]) => ({ items, page: 1, size: 20, total: items.length });

const SENT = delivery();
const FAILED = delivery({
  id: 13,
  accountName: '民进孝义市基层委员会 王主任',
  channel: 'EMAIL',
  recipient: 'w***@example.org',
  status: 'FAILED',
  attempts: 5,
  sentAt: null,
  lastError: 'HTTP 502 from sms.example.org',
});
const PENDING = delivery({ id: 14, status: 'PENDING', sentAt: null, nextAttemptAt: '2026-03-01T08:05:00Z', attempts: 1 });

const lastQuery = (requests: Request[]) => new URL(requests.filter((r) => r.method === 'GET').at(-1)!.url).searchParams;

describe('DeliveryLog', () => {
  it('lists what was sent, newest first, with the status in words and the address masked', async () => {
    const { requests } = mockFetch(() => json(page([SENT, FAILED, PENDING])));
    renderWithProviders(<DeliveryLog canRetry={false} />, { route: '/message-channels?tab=deliveries' });
    const rows = await screen.findAllByTestId('delivery');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('已发送')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('139****1234')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('短信')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('材料退回')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('发送失败')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('HTTP 502 from sms.example.org')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('待发送')).toBeInTheDocument();
    expect(lastQuery(requests).get('sort')).toBe('-createdAt');
    // Readers do not retry.
    expect(screen.queryByRole('button', { name: /重\s*试/ })).toBeNull();
  });

  it('tries a failed send again, and only a failed one', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'POST' ? json({ ...FAILED, status: 'PENDING' }) : json(page([SENT, FAILED])),
    );
    renderWithProviders(<DeliveryLog canRetry />, { route: '/message-channels?tab=deliveries' });
    const rows = await screen.findAllByTestId('delivery');
    expect(within(rows[0]!).queryByRole('button')).toBeNull();
    await userEvent.click(within(rows[1]!).getByRole('button', { name: '重新发送给 民进孝义市基层委员会 王主任 的消息' }));
    expect(await screen.findByText('已重新排队发送')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/deliveries/13/retry');
  });

  it('says so when a send is no longer failed', async () => {
    mockFetch((request) => (request.method === 'POST' ? problem(409, { code: 'NOT_FAILED' }) : json(page([FAILED]))));
    renderWithProviders(<DeliveryLog canRetry />, { route: '/message-channels?tab=deliveries' });
    await userEvent.click(await screen.findByRole('button', { name: /重新发送给/ }));
    expect(await screen.findByText('只有发送失败的消息可以重试；这条消息已在发送或已发出。')).toBeInTheDocument();
  });

  it('filters by status, channel and kind, from the address too', async () => {
    const { requests } = mockFetch(() => json(page([])));
    renderWithProviders(<DeliveryLog canRetry />, { route: '/message-channels?tab=deliveries&status=FAILED' });
    expect(await screen.findByText('没有符合条件的发送记录')).toBeInTheDocument();
    expect(lastQuery(requests).get('status')).toBe('FAILED');

    await userEvent.click(screen.getByRole('combobox', { name: '渠道' }));
    await userEvent.click(await screen.findByTitle('短信'));
    await waitFor(() => expect(lastQuery(requests).get('channel')).toBe('SMS'));
    expect(lastQuery(requests).get('status')).toBe('FAILED');

    await userEvent.click(screen.getByRole('button', { name: '清空筛选' }));
    await waitFor(() => expect(lastQuery(requests).get('channel')).toBeNull());
    expect(lastQuery(requests).get('status')).toBeNull();
    expect(await screen.findByText('还没有发送记录')).toBeInTheDocument();
  });

  it('shows cards on a phone', async () => {
    window.innerWidth = 390;
    try {
      mockFetch(() => json(page([FAILED])));
      renderWithProviders(<DeliveryLog canRetry />, { route: '/message-channels?tab=deliveries' });
      const card = await screen.findByTestId('delivery');
      expect(within(card).getByText('民进孝义市基层委员会 王主任 · 邮件')).toBeInTheDocument();
      expect(within(card).getByRole('button', { name: /重新发送给/ })).toBeInTheDocument();
    } finally {
      window.innerWidth = 1024;
    }
  });
});
