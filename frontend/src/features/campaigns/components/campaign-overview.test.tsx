import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { campaign } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { CampaignOverview } from './campaign-overview';

describe('CampaignOverview', () => {
  it('shows the reminder schedule and sends the one staff pick with every other field', async () => {
    const c = campaign({ id: 21, reminderDays: [7, 3, 1], version: 4 });
    const { requests } = mockFetch((r) => (r.method === 'PUT' ? json({ ...c, reminderDays: [10, 7, 3, 1], version: 5 }) : json(c)));
    renderWithProviders(<CampaignOverview campaign={c} canEdit />);
    expect(screen.getByText('截止前 7、3、1 天')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '编辑活动概况' }));
    await userEvent.click(screen.getByRole('combobox', { name: '截止前提醒' }));
    await userEvent.click(await waitFor(() => document.querySelector('.ant-select-item-option[title="前 10 天"]')!));
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = (await requests.find((r) => r.method === 'PUT')!.json()) as Record<string, unknown>;
    expect(body.reminderDays).toEqual([7, 3, 1, 10]);
    expect(body.version).toBe(4);
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['title', 'year', 'aggregationMethod', 'disagreementThreshold', 'noticeMinWorkingDays', 'reminderDays']),
    );
  });
});
