import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import type { Phase } from '../api/get-phases';
import { useUpdatePhase } from '../api/update-phase';
import { useApp } from '@/components/antd-scope';

type Values = { startsOn: Dayjs | null; endsOn: Dayjs | null };

/** Changes a phase's dates; the server's overlap and order errors land on the date fields. */
export function PhaseDatesModal({ campaignId, phase, onClose }: { campaignId: number; phase: Phase; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdatePhase(campaignId);
  const { save, alert } = useSaveForm(form, { staleText: t('campaigns.stale') });

  const onFinish = (v: Values) =>
    save(async () => {
      await update.mutateAsync({
        id: phase.id,
        body: {
          seq: phase.seq,
          code: phase.code,
          name: phase.name,
          description: phase.description ?? undefined,
          startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
          endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
          version: phase.version,
        },
      });
      void message.success(t('campaigns.phase.saved'));
      onClose();
    });

  return (
    <FormModal
      title={t('campaigns.phase.editTitle', { name: phase.name })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={update.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          startsOn: phase.startsOn ? dayjs(phase.startsOn) : null,
          endsOn: phase.endsOn ? dayjs(phase.endsOn) : null,
        }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="startsOn"
          label={t('campaigns.phase.startsOn')}
          rules={[{ required: true, message: t('errors.validation.required') }]}
        >
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('campaigns.phase.endsOn')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
