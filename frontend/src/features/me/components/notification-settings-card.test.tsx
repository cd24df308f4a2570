import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { NotificationSettings } from '../api/get-notification-settings';
import { NotificationSettingsCard } from './notification-settings-card';

const SETTINGS: NotificationSettings = {
  email: null,
  phone: null,
  locale: 'zh-CN',
  channels: [],
  options: [
    { channel: 'EMAIL', chosen: false, available: false, address: 'EMAIL' },
    { channel: 'SMS', chosen: false, available: true, address: 'PHONE' },
    { channel: 'WECOM', chosen: false, available: true, address: 'PHONE' },
    { channel: 'DINGTALK', chosen: false, available: false, address: 'PHONE' },
  ],
  version: 3,
};

const isSettings = (request: Request) => new URL(request.url).pathname === '/api/v1/me/notification-settings';
const save = () => userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

describe('NotificationSettingsCard', () => {
  it('says the message centre is always on, and offers only the channels set up here', async () => {
    mockFetch(() => json(SETTINGS));
    renderWithProviders(<NotificationSettingsCard />);
    expect(await screen.findByRole('checkbox', { name: '短信' })).toBeEnabled();
    expect(screen.getByText(/消息中心始终开启/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '邮件' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '企业微信群机器人' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: '钉钉群机器人' })).toBeDisabled();
    expect(screen.getAllByText('本系统未开通')).toHaveLength(2);
    // Which channels need which address.
    expect(screen.getByText('选择邮件时需要填写')).toBeInTheDocument();
    expect(screen.getByText('选择短信、企业微信群机器人、钉钉群机器人时需要填写')).toBeInTheDocument();
  });

  it('asks for the phone a chosen channel needs, then sends every field', async () => {
    const { requests } = mockFetch(async (request) =>
      request.method === 'PUT'
        ? json({
            ...SETTINGS,
            phone: '13912341234',
            channels: ['SMS'],
            options: SETTINGS.options.map((o) => ({ ...o, chosen: o.channel === 'SMS' })),
            version: 4,
          })
        : json(SETTINGS),
    );
    renderWithProviders(<NotificationSettingsCard />);
    await userEvent.click(await screen.findByRole('checkbox', { name: '短信' }));
    await save();
    expect(await screen.findByText('选择了短信，须填写手机号码')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('手机号码'), '13912341234');
    await save();
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(isSettings(put)).toBe(true);
    expect(await put.json()).toEqual({ email: null, phone: '13912341234', locale: 'zh-CN', channels: ['SMS'], version: 3 });
    expect(await screen.findByText('消息接收设置已保存')).toBeInTheDocument();
  });

  it('sends the language chosen for messages outside the app', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'PUT' ? json({ ...SETTINGS, locale: 'en', version: 4 }) : json(SETTINGS),
    );
    renderWithProviders(<NotificationSettingsCard />);
    await userEvent.click(await screen.findByRole('combobox', { name: '消息语言' }));
    await userEvent.click(await screen.findByTitle('English'));
    await save();
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toMatchObject({ locale: 'en', channels: [] });
  });

  it('shows the server’s field errors on the fields', async () => {
    mockFetch((request) =>
      request.method === 'PUT'
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [
              {
                field: 'phone',
                code: 'INVALID',
                message: 'is needed for WECOM',
                reason: 'NEEDED_BY_CHANNEL',
                params: { channel: 'WECOM' },
              },
              {
                field: 'channels[0]',
                code: 'INVALID',
                message: 'WECOM is not set up',
                reason: 'CHANNEL_OFF',
                params: { channel: 'WECOM' },
              },
            ],
          })
        : json({ ...SETTINGS, phone: '13912341234' }),
    );
    renderWithProviders(<NotificationSettingsCard />);
    await userEvent.click(await screen.findByRole('checkbox', { name: '企业微信群机器人' }));
    await save();
    expect(await screen.findByText('选择了企业微信，须填写此项')).toBeInTheDocument();
    expect(screen.getByText('本系统未开通企业微信，不能选择')).toBeInTheDocument();
  });

  it('on a stale version says so, reloads, and saves with the new version', async () => {
    const { requests } = mockFetch(async (request) => {
      if (request.method === 'GET')
        return json(requests.filter((r) => r.method === 'GET').length > 1 ? { ...SETTINGS, phone: '13800000000', version: 5 } : SETTINGS);
      const body = (await request.clone().json()) as { version: number };
      return body.version === 5 ? json({ ...SETTINGS, phone: '13800000000', version: 6 }) : problem(409, { code: 'STALE_VERSION' });
    });
    renderWithProviders(<NotificationSettingsCard />);
    await screen.findByRole('checkbox', { name: '短信' });
    await save();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('设置已在别处修改。请重新加载后再保存。')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByLabelText('手机号码')).toHaveValue('13800000000'));
    await save();
    await screen.findByText('消息接收设置已保存');
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(await Promise.all(puts.map(async (r) => ((await r.json()) as { version: number }).version))).toEqual([3, 5]);
  });
});
