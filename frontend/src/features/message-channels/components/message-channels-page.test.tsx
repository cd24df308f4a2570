import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delivery, messageTemplate } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { MessageChannelsPage } from './message-channels-page';

describe('MessageChannelsPage', () => {
  it('shows the templates first and the send log on its tab', async () => {
    const { requests } = mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/deliveries'
        ? json({ items: [delivery()], page: 1, size: 20, total: 1 })
        : json({ items: [messageTemplate()], page: 1, size: 30, total: 1 }),
    );
    renderWithProviders(<MessageChannelsPage canEditTemplates templatesReadOnlyNote={false} canRetry />, { route: '/message-channels' });
    expect(await screen.findByRole('heading', { name: '消息渠道', level: 1 })).toBeInTheDocument();
    await screen.findByTestId('template');
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/deliveries')).toBe(false);

    await userEvent.click(screen.getByRole('tab', { name: '发送记录' }));
    expect(await screen.findByTestId('delivery')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('delivery-total')).toHaveTextContent('共 1 条'));
  });
});
