import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, problemMessage } from '@/lib/problem';
import { useCopyCampaign } from '../api/campaign';
import type { Campaign } from '../api/get-campaigns';

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
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const copy = useCopyCampaign();
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      const created = await copy.mutateAsync({
        id: campaign.id ?? 0,
        body: { title: v.title.trim(), year: v.year ?? 0, startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '' },
      });
      void message.success(t('campaigns.copied', { title: created.title }));
      onCopied(created);
    } catch (error) {
      const { applied } = applyFieldErrors(form, error, t);
      if (applied === 0) setProblem(problemMessage(error, t));
    }
  };

  return (
    <Modal
      open
      title={t('campaigns.copyTitle', { title: campaign.title })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={copy.isPending} onClick={() => form.submit()}>
          {t('common.create')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('campaigns.copyHint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ title: '', year: null, startsOn: null }}>
        <Form.Item name="title" label={t('campaigns.newTitle')} rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('campaigns.newYear')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('campaigns.startsOn')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
