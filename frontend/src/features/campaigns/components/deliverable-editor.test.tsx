import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { FieldDefinition } from '../api/deliverable-types';
import type { Deliverable } from '../api/deliverables';
import { fromFieldValues, toFieldValues } from './deliverable-fields';
import { DeliverableEditor } from './deliverable-editor';

const fields: FieldDefinition[] = [
  { key: 'adoptedOn', label: '通过日期', type: 'DATE', required: true },
  { key: 'participants', label: '参加人数', type: 'NUMBER' },
  { key: 'reporters', label: '述职人', type: 'LIST' },
  { key: 'content', label: '方案内容', type: 'TEXTAREA', required: true },
];
const returned: Deliverable = {
  id: 3,
  title: '实施方案',
  status: 'RETURNED',
  version: 2,
  fields: { adoptedOn: '2026-09-20', content: '初稿', reporters: ['王建华'] },
  fixItems: [
    { id: 31, description: '补充时间安排', addressed: false },
    { id: 32, description: '写明负责人', addressed: true },
  ],
};

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
  it('renders the type’s fields, requires the required ones, then saves and submits the open fix items', async () => {
    const { requests } = mockFetch(async (request) => {
      const url = new URL(request.url).pathname;
      if (url.endsWith('/submit')) return json({ ...returned, status: 'SUBMITTED', version: 4 });
      return json({ ...returned, ...((await request.clone().json()) as object), version: 3 });
    });
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    expect(screen.getByLabelText('通过日期')).toHaveValue('2026-09-20');
    expect(screen.getByLabelText('参加人数')).toHaveAttribute('type', 'number');
    const content = screen.getByLabelText('方案内容');
    await userEvent.clear(content);
    await userEvent.click(screen.getByRole('button', { name: /提交审核/ }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await userEvent.type(content, '九月至十月：学习动员；十一月起：开展活动');
    await userEvent.click(screen.getByRole('button', { name: /提交审核/ }));
    await waitFor(() => expect(requests).toHaveLength(2));
    const [put, submit] = requests;
    expect(put!.method).toBe('PUT');
    expect(await put!.json()).toEqual({
      title: '实施方案',
      fields: { adoptedOn: '2026-09-20', reporters: ['王建华'], content: '九月至十月：学习动员；十一月起：开展活动' },
      version: 2,
    });
    expect(new URL(submit!.url).pathname).toBe('/api/v1/campaigns/2/deliverables/3/submit');
    expect(await submit!.json()).toEqual({ version: 3, addressedFixItems: [31] });
  });

  it('offers the phone camera for photos', () => {
    mockFetch(() => json({}));
    renderWithProviders(<DeliverableEditor campaignId={2} deliverable={returned} fields={fields} />);
    const input = screen.getByTestId('camera-input');
    expect(input).toHaveAttribute('accept', 'image/*');
    expect(input).toHaveAttribute('capture', 'environment');
  });
});
