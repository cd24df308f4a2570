import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDateTime } from '@/lib/format';
import { webhook } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { WebhookList } from './webhook-list';

const page = (items: ReturnType<typeof webhook>[]) => ({ items, page: 1, size: 20, total: items.length });

const PORTAL = webhook();
const PAUSED = webhook({
  id: 4,
  url: 'http://10.0.0.8:8080/changes',
  description: null,
  events: ['CAMPAIGN', 'RESULTS'],
  enabled: false,
  createdBy: null,
  version: 3,
});

const pathOf = (r: Request) => new URL(r.url).pathname;
const save = () => userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
const fieldOf = (label: string) => screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item')!;

/** The confirmation that asks `question`, answered 确定. */
async function confirm(question: string) {
  const dialog = await waitFor(() => {
    const found = screen.getAllByRole('dialog').find((d) => d.textContent.includes(question));
    expect(found).toBeDefined();
    return found!;
  });
  await userEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
}

describe('WebhookList', () => {
  it('says there are none yet, and offers to add one', async () => {
    const { requests } = mockFetch(() => json(page([])));
    renderWithProviders(<WebhookList />);
    expect(await screen.findByText('还没有事件推送')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '事件推送', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/1、5、30、120 分钟后重试/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /添加事件推送/ })).toBeInTheDocument();
    expect(new URL(requests[0]!.url).searchParams.get('sort')).toBe('-createdAt');
  });

  it('lists each endpoint with its kinds of change in words, its state and who added it', async () => {
    mockFetch(() => json(page([PORTAL, PAUSED])));
    renderWithProviders(<WebhookList />);
    const rows = await screen.findAllByTestId('webhook');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveAttribute('data-url', PORTAL.url);
    expect(within(rows[0]!).getByText('省委会门户网站同步')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('基层组织')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('推送中')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(`admin，${formatDateTime(PORTAL.createdAt)}`)).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: `暂停 ${PORTAL.url}` })).toBeInTheDocument();
    expect(within(rows[1]!).getByText('争创活动')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('考核结果')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('已暂停')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: `启用 ${PAUSED.url}` })).toBeInTheDocument();
    expect(screen.getByTestId('webhook-total')).toHaveTextContent('共 2 个');
  });

  it('adds one and shows its signing secret once', async () => {
    const created = webhook({ id: 9, url: 'https://portal.example.org/hooks/new', description: null });
    const { requests } = mockFetch((request) =>
      request.method === 'POST' ? json({ webhook: created, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La' }, 201) : json(page([])),
    );
    renderWithProviders(<WebhookList />);
    await userEvent.click(await screen.findByRole('button', { name: /添加事件推送/ }));
    expect(await screen.findByText('添加事件推送', { selector: '.ant-drawer-title' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: '启用' })).toBeChecked();

    // Nothing is sent while a kind of change is missing.
    await userEvent.type(screen.getByLabelText('接收地址'), ' https://portal.example.org/hooks/new ');
    await save();
    expect(await screen.findByText('请至少选择一项推送内容')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await userEvent.click(screen.getByRole('checkbox', { name: '基层组织' }));
    await save();
    const input = await screen.findByTestId('webhook-secret');
    expect(input).toHaveValue('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La');
    const modal = screen.getAllByRole('dialog').find((d) => d.textContent.includes('签名密钥'))!;
    expect(within(modal).getByText(/只显示这一次/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(pathOf(post)).toBe('/api/v1/webhooks');
    expect(await post.json()).toEqual({
      url: 'https://portal.example.org/hooks/new',
      description: null,
      events: ['BRANCH'],
      enabled: true,
    });

    // The footer's button, not the cross in the corner.
    await userEvent.click(
      within(modal)
        .getAllByRole('button', { name: /^关\s*闭$/ })
        .at(-1)!,
    );
    await waitFor(() => expect(screen.queryByDisplayValue(/^whsec_/)).toBeNull());
  });

  it('refuses an address that is not http or https, and shows the server’s verdict on the address on its field', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'POST'
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [
              {
                field: 'url',
                code: 'INVALID',
                message: 'must be an absolute http or https address, such as https://portal.example.org/hooks',
                reason: 'HTTP_URL',
              },
            ],
          })
        : json(page([])),
    );
    renderWithProviders(<WebhookList />);
    await userEvent.click(await screen.findByRole('button', { name: /添加事件推送/ }));
    await userEvent.type(await screen.findByLabelText('接收地址'), 'ftp://x');
    await userEvent.click(screen.getByRole('checkbox', { name: '材料状态' }));
    await save();
    expect(await within(fieldOf('接收地址')).findByText('请输入以 http:// 或 https:// 开头的完整地址')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('接收地址'));
    await userEvent.type(screen.getByLabelText('接收地址'), 'http://portal');
    await save();
    expect(
      await within(fieldOf('接收地址')).findByText('须是完整的 http 或 https 地址，如 https://portal.example.org/hooks'),
    ).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  it('edits one with the version read, and after a change elsewhere reloads it', async () => {
    const fresh = { ...PORTAL, description: '门户网站（新）', version: 2 };
    const { requests } = mockFetch((request) => {
      if (request.method === 'PUT')
        return requests.filter((r) => r.method === 'PUT').length === 1
          ? problem(409, { code: 'STALE_VERSION' })
          : json({ ...fresh, events: ['BRANCH', 'DELIVERABLE'], version: 3 });
      if (pathOf(request) === '/api/v1/webhooks/3') return json(fresh);
      return json(page([PORTAL]));
    });
    renderWithProviders(<WebhookList />);
    await userEvent.click(await screen.findByRole('button', { name: `编辑 ${PORTAL.url}` }));
    expect(await screen.findByLabelText('接收地址')).toHaveValue(PORTAL.url);
    expect(screen.getByLabelText('说明')).toHaveValue('省委会门户网站同步');
    expect(screen.getByRole('checkbox', { name: '基层组织' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: '材料状态' }));
    await save();
    expect(await screen.findByText('这个事件推送已在别处修改。请重新加载后再保存。')).toBeInTheDocument();
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toMatchObject({ version: 0 });

    await userEvent.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(screen.getByLabelText('说明')).toHaveValue('门户网站（新）'));
    await userEvent.click(screen.getByRole('checkbox', { name: '材料状态' }));
    await save();
    expect(await screen.findByText('事件推送已保存')).toBeInTheDocument();
    const second = requests.filter((r) => r.method === 'PUT')[1]!;
    expect(pathOf(second)).toBe('/api/v1/webhooks/3');
    expect(await second.json()).toEqual({
      url: PORTAL.url,
      description: '门户网站（新）',
      events: ['BRANCH', 'DELIVERABLE'],
      enabled: true,
      version: 2,
    });
  });

  it('pauses one after asking, and enables a paused one', async () => {
    const { requests } = mockFetch((request) => (request.method === 'PUT' ? json(PORTAL) : json(page([PORTAL, PAUSED]))));
    renderWithProviders(<WebhookList />);
    await userEvent.click(await screen.findByRole('button', { name: `暂停 ${PORTAL.url}` }));
    await confirm('暂停期间发生的变化不会补发');
    expect(await screen.findByText(`已暂停向「${PORTAL.url}」推送`)).toBeInTheDocument();
    const pause = requests.find((r) => r.method === 'PUT')!;
    expect(pathOf(pause)).toBe('/api/v1/webhooks/3');
    expect(await pause.json()).toEqual({
      url: PORTAL.url,
      description: PORTAL.description,
      events: ['BRANCH'],
      enabled: false,
      version: 0,
    });

    await userEvent.click(screen.getByRole('button', { name: `启用 ${PAUSED.url}` }));
    expect(await screen.findByText(`已恢复向「${PAUSED.url}」推送`)).toBeInTheDocument();
    const resume = requests.filter((r) => r.method === 'PUT')[1]!;
    expect(pathOf(resume)).toBe('/api/v1/webhooks/4');
    expect(await resume.json()).toMatchObject({ enabled: true, version: 3, events: ['CAMPAIGN', 'RESULTS'], description: null });
  });

  it('gives one a new secret after asking, and shows it once', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'POST' ? json({ webhook: { ...PAUSED, version: 4 }, secret: 'whsec_bmV3IHNlY3JldA==' }) : json(page([PAUSED])),
    );
    renderWithProviders(<WebhookList />);
    await userEvent.click(await screen.findByRole('button', { name: `更换密钥 ${PAUSED.url}` }));
    await confirm('旧密钥失效');
    expect(await screen.findByTestId('webhook-secret')).toHaveValue('whsec_bmV3IHNlY3JldA==');
    const post = requests.find((r) => r.method === 'POST')!;
    expect(pathOf(post)).toBe('/api/v1/webhooks/4/secret');
    expect(await post.json()).toEqual({ version: 3 });
  });

  it('deletes one after asking', async () => {
    const { requests } = mockFetch((request) => (request.method === 'DELETE' ? new Response(null, { status: 204 }) : json(page([PORTAL]))));
    renderWithProviders(<WebhookList />);
    await userEvent.click(await screen.findByRole('button', { name: `删除 ${PORTAL.url}` }));
    const dialog = await waitFor(() => screen.getAllByRole('dialog').find((d) => d.textContent.includes('推送记录也一并删除'))!);
    await userEvent.click(within(dialog).getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText(`已删除「${PORTAL.url}」`)).toBeInTheDocument();
    expect(pathOf(requests.find((r) => r.method === 'DELETE')!)).toBe('/api/v1/webhooks/3');
  });

  it('says why the list did not load, with a way to try again', async () => {
    mockFetch(() => problem(500, { code: 'INTERNAL' }));
    renderWithProviders(<WebhookList />);
    expect(await screen.findByText('事件推送加载失败')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });

  it('shows cards on a phone', async () => {
    window.innerWidth = 390;
    try {
      mockFetch(() => json(page([PORTAL])));
      renderWithProviders(<WebhookList />);
      const card = await screen.findByTestId('webhook');
      expect(card.tagName).toBe('LI');
      expect(within(card).getByText(PORTAL.url)).toBeInTheDocument();
      expect(within(card).getByRole('button', { name: `推送记录 ${PORTAL.url}` })).toBeInTheDocument();
      expect(screen.queryByRole('table')).toBeNull();
    } finally {
      window.innerWidth = 1024;
    }
  });
});
