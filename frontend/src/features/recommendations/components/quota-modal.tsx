import { DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import type { Quota } from '../api/keys';
import { useSetQuota } from '../api/set-quota';
import { useApp } from '@/components/antd-scope';

type Values = { grassroots: number | null; local: number | null; dueOn: Dayjs | null };

/**
 * Allots an organisation right below its quota (名额) per title and the last day it may recommend, sending the row's
 * version (none the first time). A quota cannot drop below what the organisation recommended already.
 */
export function QuotaModal({
  campaignId,
  quota,
  onReload,
  onClose,
}: {
  campaignId: number;
  quota: Quota;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const set = useSetQuota(campaignId);
  const { save, alert } = useSaveForm(form, { reload: onReload });
  const name = quota.organisation.name;

  const onFinish = (v: Values) =>
    save(async () => {
      await set.mutateAsync({
        organisationId: quota.organisation.id,
        body: {
          grassroots: v.grassroots ?? 0,
          local: v.local ?? 0,
          dueOn: v.dueOn?.format('YYYY-MM-DD') ?? '',
          version: quota.version,
        },
      });
      void message.success(t('recommendations.quota.saved', { name }));
      onClose();
    });

  const required = { required: true, message: t('errors.validation.required') };
  const atLeast = (used: number) => ({
    validator: (_: unknown, value: number | null) =>
      value != null && value < used
        ? Promise.reject(new Error(t('recommendations.quota.notBelowUsed', { count: used })))
        : Promise.resolve(),
  });
  return (
    <FormModal
      title={t('recommendations.quota.editTitle', { name })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={set.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        name="quota"
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          grassroots: quota.grassroots ?? 0,
          local: quota.local ?? 0,
          dueOn: quota.dueOn ? dayjs(quota.dueOn) : null,
        }}
      >
        <Form.Item
          name="grassroots"
          label={t('recommendations.quota.grassroots')}
          extra={quota.grassrootsUsed > 0 ? t('recommendations.quota.usedHint', { count: quota.grassrootsUsed }) : undefined}
          rules={[required, atLeast(quota.grassrootsUsed)]}
        >
          <InputNumber min={0} max={1000} precision={0} style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item
          name="local"
          label={t('recommendations.quota.local')}
          extra={quota.localUsed > 0 ? t('recommendations.quota.usedHint', { count: quota.localUsed }) : undefined}
          rules={[required, atLeast(quota.localUsed)]}
        >
          <InputNumber min={0} max={1000} precision={0} style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('recommendations.quota.dueOn')} rules={[required]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
