import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { formatDateTime } from '@/lib/format';
import { webhook, webhookDelivery } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { eventName } from './events';
import { WebhookDeliveries } from './webhook-deliveries';

const page = (items: ReturnType<typeof webhookDelivery>[]) => ({ items, page: 1, size: 20, total: items.length });

const SENT = webhookDelivery();
const FAILED = webhookDelivery({
  id: 42,
  type: 'deliverable.updated',
  status: 'FAILED',
  attempts: 5,
  responseStatus: 503,
  lastError: 'HTTP 503',
  sentAt: null,
});
const PENDING = webhookDelivery({
  id: 43,
  type: 'results.deleted',
  status: 'PENDING',
  attempts: 1,
  responseStatus: null,
  lastError: 'connect timed out',
  nextAttemptAt: '2026-03-01T08:05:00Z',
  sentAt: null,
});

const lastQuery = (requests: Request[]) => new URL(requests.filter((r) => r.method === 'GET').at(-1)!.url).searchParams;

describe('WebhookDeliveries', () => {
  it('lists what was sent, newest first, with the event and the status in words', async () => {
    const { requests } = mockFetch(() => json(page([SENT, FAILED, PENDING])));
    renderWithProviders(<WebhookDeliveries webhook={webhook()} onClose={vi.fn()} />);
    const rows = await screen.findAllByTestId('webhook-delivery');
    expect(rows.map((r) => r.dataset.status)).toEqual(['SENT', 'FAILED', 'PENDING']);
    expect(within(rows[0]!).getByText('已送达')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('基层组织·新建')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('branch.created')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('200')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('发送失败')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('材料状态·修改')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('HTTP 503')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('等待发送')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('考核结果·删除')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(formatDateTime(PENDING.nextAttemptAt))).toBeInTheDocument();
    // Only a delivery that is no longer waiting can be sent again.
    expect(within(rows[0]!).getByRole('button', { name: /重新发送/ })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: /重新发送/ })).toBeInTheDocument();
    expect(within(rows[2]!).queryByRole('button', { name: /重新发送/ })).toBeNull();
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/webhooks/3/deliveries');
    expect(lastQuery(requests).get('sort')).toBe('-createdAt');
    expect(screen.getByTestId('webhook-delivery-total')).toHaveTextContent('共 3 条');
  });

  it('sends a failed delivery again', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'POST' ? json({ ...FAILED, status: 'PENDING' }) : json(page([SENT, FAILED])),
    );
    renderWithProviders(<WebhookDeliveries webhook={webhook()} onClose={vi.fn()} />);
    const rows = await screen.findAllByTestId('webhook-delivery');
    await userEvent.click(
      within(rows[1]!).getByRole('button', { name: `重新发送 deliverable.updated（${formatDateTime(FAILED.createdAt)}）` }),
    );
    expect(await screen.findByText('已重新排队发送')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/webhooks/3/deliveries/42/replay');
    // The log is read again.
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('says so when the delivery is already waiting to be sent', async () => {
    mockFetch((request) => (request.method === 'POST' ? problem(409, { code: 'DELIVERY_PENDING' }) : json(page([SENT]))));
    renderWithProviders(<WebhookDeliveries webhook={webhook()} onClose={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: /重新发送 branch\.created/ }));
    expect(await screen.findByText('这条推送正在等待发送，将在下次尝试时发出。')).toBeInTheDocument();
  });

  it('filters by status', async () => {
    const { requests } = mockFetch(() => json(page([])));
    renderWithProviders(<WebhookDeliveries webhook={webhook()} onClose={vi.fn()} />);
    expect(await screen.findByText('还没有推送记录')).toBeInTheDocument();
    expect(lastQuery(requests).get('status')).toBeNull();
    await userEvent.click(screen.getByRole('combobox', { name: '状态' }));
    await userEvent.click(await screen.findByTitle('发送失败'));
    await waitFor(() => expect(lastQuery(requests).get('status')).toBe('FAILED'));
    expect(await screen.findByText('没有符合条件的推送记录')).toBeInTheDocument();
  });

  it('shows nothing while no endpoint is chosen', () => {
    const { requests } = mockFetch(() => json(page([])));
    renderWithProviders(<WebhookDeliveries webhook={null} onClose={vi.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests).toHaveLength(0);
  });

  it('shows cards on a phone', async () => {
    window.innerWidth = 390;
    try {
      mockFetch(() => json(page([FAILED])));
      renderWithProviders(<WebhookDeliveries webhook={webhook()} onClose={vi.fn()} />);
      const card = await screen.findByTestId('webhook-delivery');
      expect(card.tagName).toBe('LI');
      expect(within(card).getByText('材料状态·修改')).toBeInTheDocument();
      expect(within(card).getByText('deliverable.updated')).toBeInTheDocument();
      expect(within(card).getByRole('button', { name: /重新发送/ })).toBeInTheDocument();
    } finally {
      window.innerWidth = 1024;
    }
  });
});

describe('eventName', () => {
  it('names a type in words, and reads a type it does not know as it came', () => {
    expect(eventName('campaign.created', i18n.t)).toBe('争创活动·新建');
    expect(eventName('commendation.created', i18n.t)).toBe('commendation.created');
    expect(eventName('branch', i18n.t)).toBe('branch');
    expect(eventName('branch.created.twice', i18n.t)).toBe('branch.created.twice');
  });
});
