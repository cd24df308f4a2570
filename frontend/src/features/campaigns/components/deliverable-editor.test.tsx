import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deliverable, fixItem } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { FieldDefinition } from '../api/get-deliverable-types';
import type { Deliverable } from '../api/get-deliverables';
import { fromFieldValues, toFieldValues } from './deliverable-fields';
import { DeliverableEditor } from './deliverable-editor';

const fields: FieldDefinition[] = [
  { key: 'adoptedOn', label: '通过日期', type: 'DATE', required: true },
  { key: 'participants', label: '参加人数', type: 'NUMBER' },
  { key: 'reporters', label: '述职人', type: 'LIST' },
  { key: 'content', label: '方案内容', type: 'TEXTAREA', required: true },
];
const returned: Deliverable = deliverable({
  id: 3,
  title: '实施方案',
  status: 'RETURNED',
  version: 2,
  fields: { adoptedOn: '2026-09-20', content: '初稿', reporters: ['王建华'] },
  fixItems: [
    fixItem({ id: 31, description: '补充时间安排', addressed: false }),
    fixItem({ id: 32, seq: 2, description: '写明负责人', addressed: true }),
  ],
});

describe('deliverable fields', () => {
  it('turn stored values into form values and back, leaving out empty ones', () => {
    const values = toFieldValues(fields, { adoptedOn: '2026-09-20', participants: 12, reporters: ['甲'] });
    expect(values).toEqual({ adoptedOn: '2026-09-20', participants: 12, reporters: ['甲'], content: undefined });
    expect(fromFieldValues(fields, { ...values, participants: '15', content: '  方案  ', reporters: [] })).toEqual({
      adoptedOn: '2026-09-20',
      participants: 15,
      content: '方案',
    });
  });
});

describe('DeliverableEditor', () => {
  beforeEach(() => window.localStorage.clear());

  it('renders the type’s fields, requires the required ones, then saves and submits in one request with an idempotency key', async () => {
    const { requests } = mockFetch(async (request) => {
      const url = new URL(request.url).pathname;
      if (url.endsWith('/submit')) return json({ ...returned, status: 'SUBMITTED', version: 3 });
      return json({ ...returned, ...((await request.clone().json()) as object), version: 3 });
    });
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    expect(screen.getByLabelText('通过日期')).toHaveValue('2026-09-20');
    expect(screen.getByLabelText('参加人数')).toHaveAttribute('type', 'number');
    const content = screen.getByLabelText('方案内容');
    await userEvent.clear(content);
    await userEvent.click(screen.getByRole('button', { name: /提交审核/ }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    const beforeSubmit = requests.length;

    await userEvent.type(content, '九月至十月：学习动员；十一月起：开展活动');
    await userEvent.click(screen.getByRole('button', { name: /提交审核/ }));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(true));
    const submit = requests.find((r) => r.url.endsWith('/submit'))!;
    expect(requests.slice(beforeSubmit).filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(new URL(submit.url).pathname).toBe('/api/v1/campaigns/2/deliverables/3/submit');
    const sent = (await submit.json()) as { version: number; addressedFixItems?: number[]; changes?: unknown };
    expect(sent).toMatchObject({
      version: 2,
      changes: {
        title: '实施方案',
        fields: { adoptedOn: '2026-09-20', reporters: ['王建华'], content: '九月至十月：学习动员；十一月起：开展活动' },
      },
    });
    expect(sent.addressedFixItems).toBeUndefined();
    expect(submit.headers.get('Idempotency-Key')).toMatch(/^submit-3-v2-[0-9a-z]+$/);
    expect(await screen.findByText(/已提交/)).toBeInTheDocument();
  });

  it('keeps the typing as a draft when the submission is refused, and shows why', async () => {
    const { requests } = mockFetch(async (request) => {
      const url = new URL(request.url).pathname;
      if (url.endsWith('/submit')) {
        return json(
          {
            type: '/api/problems/validation-failed',
            title: 'Validation failed',
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'changes.title: must not be blank',
            fieldErrors: [{ field: 'changes.title', message: '标题不能为空' }],
          },
          400,
        );
      }
      return json({ ...returned, ...((await request.clone().json()) as object), version: 3 });
    });
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    await userEvent.type(screen.getByLabelText('参加人数'), '23');
    await userEvent.click(screen.getByRole('button', { name: /提交审核/ }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const submit = requests.find((r) => r.url.endsWith('/submit'))!;
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(requests.indexOf(submit)).toBeLessThan(requests.indexOf(put));
    expect(await put.json()).toMatchObject({ fields: { participants: 23 }, version: 2 });
    expect(await screen.findByTestId('autosave-state')).toHaveAttribute('data-state', 'saved');
    // the server names the field under `changes`; the form shows it on its own title field
    expect(await screen.findByText('标题不能为空')).toBeInTheDocument();
  });

  it('keeps what was typed when a photo is taken: saves it first, uploads on the new version, leaves the form as it is', async () => {
    let version = 2;
    const { requests } = mockFetch(async (request) => {
      const url = new URL(request.url).pathname;
      if (url.endsWith('/attachments')) {
        version += 1;
        return json({ attachment: { id: 9, fileName: 'p.jpg' }, deliverableVersion: version }, 201);
      }
      version += 1;
      return json({ ...returned, ...((await request.clone().json()) as object), version });
    });
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    await userEvent.type(screen.getByLabelText('参加人数'), '23');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'p.jpg', { type: 'image/jpeg' });
    await userEvent.upload(screen.getByTestId('camera-input'), photo);
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/attachments'))).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toMatchObject({ fields: { participants: 23 }, version: 2 });
    const upload = requests.find((r) => r.url.endsWith('/attachments'))!;
    expect(requests.indexOf(put)).toBeLessThan(requests.indexOf(upload));
    expect(upload.headers.get('Idempotency-Key')).toMatch(/^upload-/);
    expect(screen.getByLabelText('参加人数')).toHaveValue(23);
  });

  it('brings back typing kept in this browser when the server still has the version it was typed on', () => {
    mockFetch(() => json({}));
    window.localStorage.setItem(
      'cx.deliverable-draft.3',
      JSON.stringify({ baseVersion: 2, values: { title: '实施方案', fields: { participants: '23', content: '未保存的内容' } } }),
    );
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    expect(screen.getByLabelText('方案内容')).toHaveValue('未保存的内容');
    expect(screen.getByText(/已恢复/)).toBeInTheDocument();
  });

  it('drops typing kept in this browser once the server has a newer version', () => {
    mockFetch(() => json({}));
    window.localStorage.setItem(
      'cx.deliverable-draft.3',
      JSON.stringify({ baseVersion: 1, values: { title: '旧', fields: { content: '旧的' } } }),
    );
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    expect(screen.getByLabelText('方案内容')).toHaveValue('初稿');
    expect(window.localStorage.getItem('cx.deliverable-draft.3')).toBeNull();
  });

  it('offers the camera, the album (several photos) and other files', () => {
    mockFetch(() => json({}));
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    const camera = screen.getByTestId('camera-input');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(screen.getByTestId('album-input')).toHaveAttribute('multiple');
    expect(screen.getByTestId('file-input')).toHaveAttribute('multiple');
  });

  it('cannot be submitted while fix-list items are not ticked', () => {
    mockFetch(() => json({}));
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} openFixItems={1} />);
    expect(screen.getByRole('button', { name: /提交审核/ })).toBeDisabled();
    expect(screen.getByText('还有 1 项修改未确认')).toBeInTheDocument();
  });
});
