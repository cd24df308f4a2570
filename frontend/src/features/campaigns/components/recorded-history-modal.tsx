import { Button, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import { useSetRecordedHistory } from '../api/set-recorded-history';
import type { Campaign } from '../api/get-campaigns';
import { formatDate } from './format';
import { useApp } from '@/components/antd-scope';

type Values = { asOf: Dayjs | null; reason: string };

/** Staff entering a campaign that already happened set the day it is entered as of, or return it to live dates. */
export function RecordedHistoryModal({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetRecordedHistory();
  const { save: saveForm, alert } = useSaveForm(form);

  const send = (asOf: string | null, reason: string) =>
    saveForm(async () => {
      await save.mutateAsync({ id: campaign.id, body: { asOf, reason: reason.trim(), version: campaign.version } });
      void message.success(asOf ? t('campaigns.history.saved', { date: formatDate(asOf) }) : t('campaigns.history.ended'));
      onClose();
    });

  const end = async () => {
    const { reason } = await form.validateFields(['reason']);
    await send(null, reason);
  };

  return (
    <FormModal
      title={t('campaigns.history.title')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={save.isPending}
      saveText={t('campaigns.history.save')}
      {...alert}
      intro={<Typography.Paragraph type="secondary">{t('campaigns.history.hint')}</Typography.Paragraph>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void send(v.asOf?.format('YYYY-MM-DD') ?? null, v.reason)}
        initialValues={{ asOf: campaign.recordedAsOf ? dayjs(campaign.recordedAsOf) : null, reason: '' }}
      >
        <Form.Item name="asOf" label={t('campaigns.history.asOf')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('campaigns.history.reason')}
          rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        {campaign.recordedAsOf && (
          <Button onClick={() => void end().catch(() => undefined)} disabled={save.isPending}>
            {t('campaigns.history.end')}
          </Button>
        )}
      </Form>
    </FormModal>
  );
}
