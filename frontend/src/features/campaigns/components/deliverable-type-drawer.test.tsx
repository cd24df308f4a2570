import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deliverableType, phase } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { DeliverableTypeRequest } from '../api/create-deliverable-type';
import type { DeliverableType } from '../api/get-deliverable-types';
import type { Phase } from '../api/get-phases';
import { DeliverableTypeDrawer } from './deliverable-type-drawer';
import { nextFieldKey } from './field-definitions-editor';

const phases: Phase[] = [
  phase({ id: 11, seq: 1, code: 'MOBILISATION', name: '宣传动员', startsOn: '2031-09-01', endsOn: '2031-10-31' }),
  phase({ id: 12, seq: 2, code: 'IMPLEMENTATION', name: '实施创建', startsOn: '2031-11-01', endsOn: '2032-08-31' }),
];

const meeting: DeliverableType = deliverableType({
  id: 5,
  phaseId: 12,
  seq: 3,
  code: 'DEMOCRATIC_LIFE_MEETING',
  name: '民主生活会记录',
  required: false,
  multiple: true,
  version: 2,
  fields: [
    { key: 'meetingDate', label: '会议日期', type: 'DATE', required: true },
    { key: 'minutes', label: '会议纪要', type: 'TEXTAREA', required: true, maxLength: 10000 },
  ],
});

const field = (n: number) => screen.getByRole('group', { name: `填写项 ${n}` });

async function addField(label: string, key?: string) {
  await userEvent.click(screen.getByRole('button', { name: /添加填写项/ }));
  const rows = screen.getAllByTestId('field-definition');
  const row = within(rows[rows.length - 1]!);
  if (label) await userEvent.type(row.getByLabelText('显示名称'), label);
  if (key !== undefined) {
    await userEvent.clear(row.getByLabelText('字段标识'));
    if (key) await userEvent.type(row.getByLabelText('字段标识'), key);
  }
}

describe('DeliverableTypeDrawer', () => {
  it('checks the field definitions before sending: key format, unique keys, a label', async () => {
    const { requests } = mockFetch(() => json({}));
    renderWithProviders(<DeliverableTypeDrawer campaignId={9} phases={phases} phaseId={12} onClose={vi.fn()} />);
    await userEvent.type(await screen.findByLabelText('材料名称'), '学习记录');
    await userEvent.type(screen.getByLabelText('材料编码'), 'STUDY_RECORD');
    await addField('日期', 'Held on');
    await addField('', 'heldOn');
    await addField('内容', 'heldOn');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await within(field(1)).findByText('须以小写字母开头，只含字母和数字，如 meetingDate')).toBeInTheDocument();
    await waitFor(() => expect(within(field(2)).getByLabelText('显示名称')).toHaveAccessibleDescription('必填'));
    expect(await within(field(3)).findByText('字段标识不能重复')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('offers a length limit only for text fields and sends the definitions in order', async () => {
    const { requests } = mockFetch(async (request) => json({ ...(await request.clone().json()), id: 40, version: 0 }, 201));
    const onClose = vi.fn();
    renderWithProviders(<DeliverableTypeDrawer campaignId={9} phases={phases} phaseId={12} nextSeq={4} onClose={onClose} />);
    await userEvent.type(await screen.findByLabelText('材料名称'), '学习记录');
    await userEvent.type(screen.getByLabelText('材料编码'), 'STUDY_RECORD');
    await userEvent.click(screen.getByLabelText('必交材料'));
    await addField('学习日期', 'studiedOn');
    await addField('学习内容');
    expect(within(field(1)).getByLabelText('最多字数')).toBeInTheDocument();

    // The first field becomes a date: no length limit any more.
    await userEvent.click(within(field(1)).getByLabelText('类型'));
    await userEvent.click(await screen.findByTitle('日期'));
    await waitFor(() => expect(within(field(1)).queryByLabelText('最多字数')).not.toBeInTheDocument());
    await userEvent.type(within(field(2)).getByLabelText('最多字数'), '500');
    await userEvent.click(within(field(2)).getByLabelText('必填'));
    // The second field moves up.
    await userEvent.click(screen.getByRole('button', { name: '上移填写项 2' }));

    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/9/deliverable-types');
    const body = (await post.json()) as DeliverableTypeRequest;
    expect(body).toMatchObject({ phaseId: 12, seq: 4, code: 'STUDY_RECORD', name: '学习记录', required: true, multiple: false });
    expect(body.fields).toEqual([
      { key: 'field2', label: '学习内容', type: 'TEXT', required: true, maxLength: 500 },
      { key: 'studiedOn', label: '学习日期', type: 'DATE', required: false },
    ]);
  });

  it('puts the server’s refusals on the fields: a taken code and a duplicate key', async () => {
    let call = 0;
    mockFetch(() =>
      ++call === 1
        ? problem(409, { code: 'DELIVERABLE_TYPE_CODE_TAKEN', detail: 'taken' })
        : problem(400, {
            code: 'VALIDATION_FAILED',
            fieldErrors: [{ field: 'fields[1].key', code: 'DUPLICATE', message: 'appears twice' }],
          }),
    );
    renderWithProviders(<DeliverableTypeDrawer campaignId={9} phases={phases} type={meeting} onClose={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('该活动已有使用此编码的材料类型。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await within(field(2)).findByText('不能重复')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on a stale version offers a reload and then saves with the new version', async () => {
    const { requests } = mockFetch(async (request) => {
      if (request.method === 'GET') return json({ ...meeting, name: '民主生活会纪要', version: 3 });
      const body = (await request.clone().json()) as { version: number };
      return body.version === 3 ? json({ ...meeting, version: 4 }) : problem(409, { code: 'STALE_VERSION' });
    });
    const onClose = vi.fn();
    renderWithProviders(<DeliverableTypeDrawer campaignId={9} phases={phases} type={meeting} onClose={onClose} />);
    await userEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该材料类型已被他人修改。请重新加载后再操作。');
    await userEvent.click(screen.getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByLabelText('材料名称')).toHaveValue('民主生活会纪要'));
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(await Promise.all(puts.map(async (r) => ((await r.json()) as { version: number }).version))).toEqual([2, 3]);
  });
});

describe('nextFieldKey', () => {
  it('picks the first fieldN no field uses', () => {
    expect(nextFieldKey([])).toBe('field1');
    expect(nextFieldKey([{ key: 'a' }, { key: 'field3' }])).toBe('field4');
  });
});
