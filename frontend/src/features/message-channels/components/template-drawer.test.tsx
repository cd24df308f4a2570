import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messageTemplate } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { TemplateDrawer } from './template-drawer';

const template = messageTemplate;

const subject = () => screen.getByLabelText('标题');
const body = () => screen.getByLabelText('正文');
const save = () => userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

describe('TemplateDrawer', () => {
  it('names the kind and language, and inserts a placeholder at the end of the body when no field was in use', async () => {
    mockFetch(() => json({}));
    renderWithProviders(<TemplateDrawer template={template()} onClose={vi.fn()} />);
    expect(await screen.findByText('编辑消息模板：材料退回（中文）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '插入占位符 {items}' }));
    expect(body()).toHaveValue('{name}，您提交的《{title}》已退回修改，原因：{reason}。{link}{items}');
    expect(subject()).toHaveValue('材料退回：{title}');
  });

  it('inserts a placeholder at the cursor of the field in use', async () => {
    mockFetch(() => json({}));
    renderWithProviders(<TemplateDrawer template={template()} onClose={vi.fn()} />);
    const field = await screen.findByLabelText('标题');
    await userEvent.clear(field);
    await userEvent.type(field, '退回：');
    (field as HTMLInputElement).setSelectionRange(0, 0);
    await userEvent.click(screen.getByRole('button', { name: '插入占位符 {name}' }));
    expect(field).toHaveValue('{name}退回：');
    expect(body()).toHaveValue(template().body);
  });

  it('shows the server’s verdict on a placeholder on its field, and saves a first wording with version null', async () => {
    const onClose = vi.fn();
    const { requests } = mockFetch(async (request) => {
      const sent = (await request.clone().json()) as { subject: string };
      return sent.subject.includes('{foo}')
        ? problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [
              {
                field: 'subject',
                code: 'INVALID',
                message: 'names {foo}',
                reason: 'UNKNOWN_PLACEHOLDER',
                params: { placeholder: 'foo', allowed: 'title, reason, items, name, link' },
              },
            ],
          })
        : json(template({ subject: sent.subject, customised: true, version: 0 }));
    });
    renderWithProviders(<TemplateDrawer template={template()} onClose={onClose} />);
    await userEvent.clear(await screen.findByLabelText('标题'));
    await userEvent.type(subject(), '【测试】退回：{{foo}');
    await save();
    expect(await screen.findByText('不能使用占位符 {foo}，可用的有：{title}、{reason}、{items}、{name}、{link}')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();

    await userEvent.clear(subject());
    await userEvent.type(subject(), '【测试】退回：{{title}');
    await save();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(new URL(puts[1]!.url).pathname).toBe('/api/v1/message-templates/DELIVERABLE_RETURNED/zh-CN');
    expect(await puts[1]!.json()).toEqual({ subject: '【测试】退回：{title}', body: template().body, version: null });
  });

  it('offers the shipped wording back only once customised, after asking', async () => {
    const { requests } = mockFetch(() => json(template({ locale: 'en' })));
    const onClose = vi.fn();
    const { unmount } = renderWithProviders(<TemplateDrawer template={template({ locale: 'en' })} onClose={onClose} />);
    await screen.findByText('编辑消息模板：材料退回（English）');
    expect(screen.queryByRole('button', { name: '恢复默认' })).toBeNull();
    unmount();

    renderWithProviders(<TemplateDrawer template={template({ locale: 'en', customised: true, version: 4 })} onClose={onClose} />);
    await userEvent.click(await screen.findByRole('button', { name: '恢复默认' }));
    // The question opens over the drawer, itself a dialog.
    const dialog = await waitFor(() => {
      const question = screen.getAllByRole('dialog').find((d) => d.textContent.includes('恢复默认措辞？'));
      expect(question).toBeDefined();
      return question!;
    });
    await userEvent.click(within(dialog).getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const reset = requests.find((r) => r.method === 'POST')!;
    expect(new URL(reset.url).pathname).toBe('/api/v1/message-templates/DELIVERABLE_RETURNED/en/reset');
    expect(await reset.json()).toEqual({ version: 4 });
  });

  it('says why an administrator below the top organisation may not change the wording', async () => {
    mockFetch(() => problem(403, { code: 'TOP_ORGANISATION_ONLY', detail: 'Message templates serve every organisation' }));
    renderWithProviders(<TemplateDrawer template={template()} onClose={vi.fn()} />);
    await screen.findByLabelText('标题');
    await save();
    expect(await screen.findByText('这是全系统的设置，只有最上级组织的管理员可以修改。')).toBeInTheDocument();
  });
});
