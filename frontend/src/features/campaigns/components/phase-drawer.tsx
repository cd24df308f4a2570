import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreatePhase } from '../api/create-phase';
import { useApp } from '@/components/antd-scope';

type Values = { seq: number; code: string; name: string; description?: string; startsOn: Dayjs | null; endsOn: Dayjs | null };

const FIELD_OF_CODE = { PHASE_CODE_TAKEN: 'code', PHASE_SEQ_TAKEN: 'seq' };

/** Adds a phase (活动步骤) after the others; the server's order and overlap errors land on the date fields. */
export function PhaseDrawer({ campaignId, nextSeq, onClose }: { campaignId: number; nextSeq: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePhase(campaignId);
  const { save, alert } = useSaveForm(form, { fieldOfCode: FIELD_OF_CODE });
  const required = { required: true, message: t('errors.validation.required') };

  const onFinish = (v: Values) =>
    save(async () => {
      await create.mutateAsync({
        seq: v.seq,
        code: v.code.trim(),
        name: v.name.trim(),
        description: v.description?.trim() || undefined,
        startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
        endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
      });
      void message.success(t('campaigns.phase.created', { name: v.name.trim() }));
      onClose();
    });

  return (
    <FormDrawer
      title={t('campaigns.phase.createTitle')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ seq: nextSeq, code: '', name: '', startsOn: null, endsOn: null }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="name" label={t('campaigns.phase.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('campaigns.phase.code')}
          extra={t('campaigns.codeHint')}
          rules={[required, { pattern: /^[A-Z][A-Z0-9_]*$/, message: t('campaigns.codeRule') }]}
        >
          <Input maxLength={32} autoCapitalize="characters" autoComplete="off" />
        </Form.Item>
        <Form.Item name="seq" label={t('campaigns.phase.seq')} rules={[required]}>
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('campaigns.phase.startsOn')} rules={[required]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('campaigns.phase.endsOn')} rules={[required]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.phase.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
