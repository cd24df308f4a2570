import { App, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import { useUpdatePhase, type Phase } from '../api/phases';

type Values = { startsOn: Dayjs | null; endsOn: Dayjs | null };

/** Changes a phase's dates; the server's overlap and order errors land on the date fields. */
export function PhaseDatesModal({ campaignId, phase, onClose }: { campaignId: number; phase: Phase; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdatePhase(campaignId);
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await update.mutateAsync({
        id: phase.id ?? 0,
        body: {
          seq: phase.seq ?? 1,
          code: phase.code ?? '',
          name: phase.name ?? '',
          description: phase.description ?? undefined,
          startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
          endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
          version: phase.version,
        },
      });
      void message.success(t('campaigns.phase.saved'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.isStaleVersion) {
        setProblem(t('campaigns.stale'));
        return;
      }
      const { applied, unmatched } = applyFieldErrors(form, error, t);
      if (applied === 0) setProblem(problemMessage(error, t));
      else if (unmatched.length) setProblem(t('errors.unmatched', { detail: unmatched.join('；') }));
    }
  };

  return (
    <FormModal
      title={t('campaigns.phase.editTitle', { name: phase.name })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={update.isPending}
      problem={problem}
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
