import { DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCopyCampaign } from '../api/copy-campaign';
import type { Campaign } from '../api/get-campaigns';
import { useApp } from '@/components/antd-scope';

type Values = { title: string; year: number | null; startsOn: Dayjs | null };

/** "Create a new campaign from this one": a new title, year and start date; the rest is copied. */
export function CopyCampaignModal({
  campaign,
  onClose,
  onCopied,
}: {
  campaign: Campaign;
  onClose: () => void;
  onCopied: (copy: Campaign) => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const copy = useCopyCampaign();
  const { save, alert } = useSaveForm(form);

  const onFinish = (v: Values) =>
    save(async () => {
      const created = await copy.mutateAsync({
        id: campaign.id,
        body: { title: v.title.trim(), year: v.year ?? 0, startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '' },
      });
      void message.success(t('campaigns.copied', { title: created.title }));
      onCopied(created);
    });

  return (
    <FormModal
      title={t('campaigns.copyTitle', { title: campaign.title })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={copy.isPending}
      saveText={t('common.create')}
      {...alert}
      intro={<Typography.Paragraph type="secondary">{t('campaigns.copyHint')}</Typography.Paragraph>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ title: '', year: null, startsOn: null }}
      >
        <Form.Item
          name="title"
          label={t('campaigns.newTitle')}
          rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('campaigns.newYear')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('campaigns.startsOn')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
