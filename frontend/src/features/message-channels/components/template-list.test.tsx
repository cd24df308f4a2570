import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messageTemplate } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { TemplateList } from './template-list';

const PAGE = {
  items: [
    messageTemplate(),
    messageTemplate({
      locale: 'en',
      subject: 'Returned: {title}',
      body: '{name}, your "{title}" was returned.',
      customised: true,
      version: 2,
      updatedBy: 'centre',
      updatedAt: '2026-03-02T08:00:00Z',
    }),
  ],
  page: 1,
  size: 30,
  total: 2,
};

describe('TemplateList', () => {
  it('lists each kind in each language with its wording and whether staff reworded it', async () => {
    mockFetch(() => json(PAGE));
    renderWithProviders(<TemplateList canEdit readOnlyNote={false} />);
    const rows = await screen.findAllByTestId('template');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('材料退回')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('中文')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('默认')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('English')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('已自定义')).toBeInTheDocument();
    expect(within(rows[1]!).getByText(/^centre，/)).toBeInTheDocument();
  });

  it('opens a template to reword it', async () => {
    mockFetch(() => json(PAGE));
    renderWithProviders(<TemplateList canEdit readOnlyNote={false} />);
    await userEvent.click(await screen.findByRole('button', { name: '编辑 材料退回（English）' }));
    expect(await screen.findByLabelText('标题')).toHaveValue('Returned: {title}');
    expect(screen.getByRole('button', { name: '恢复默认' })).toBeInTheDocument();
  });

  it('offers no change to readers, and tells an administrator below the top why', async () => {
    mockFetch(() => json(PAGE));
    renderWithProviders(<TemplateList canEdit={false} readOnlyNote />);
    await screen.findAllByTestId('template');
    expect(screen.queryByRole('button', { name: /编辑/ })).toBeNull();
    expect(screen.getByText('消息模板适用于整个系统，只有最上级组织的管理员可以修改。')).toBeInTheDocument();
  });

  it('shows one language on request', async () => {
    const { requests } = mockFetch(() => json(PAGE));
    renderWithProviders(<TemplateList canEdit={false} readOnlyNote={false} />);
    await screen.findAllByTestId('template');
    await userEvent.click(screen.getByRole('radio', { name: 'English' }).closest('label')!);
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('locale')).toBe('en'));
  });
});
