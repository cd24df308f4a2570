import { Button, Descriptions, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownText } from '@/components/markdown-text';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import type { CampaignRequest } from '../api/create-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import type { Campaign } from '../api/get-campaigns';
import { useApp } from '@/components/antd-scope';

type Values = Pick<
  CampaignRequest,
  | 'title'
  | 'year'
  | 'basisDocuments'
  | 'guidingIdeology'
  | 'goals'
  | 'aggregationMethod'
  | 'disagreementThreshold'
  | 'noticeMinWorkingDays'
  | 'reminderDays'
>;

/** The days before a deadline staff may pick for reminders. */
const REMINDER_CHOICES = [30, 14, 10, 7, 5, 3, 2, 1];

const METHODS = ['MEAN', 'MEDIAN', 'TRIMMED_MEAN'] as const;

/** Basis documents, guiding ideology, goals and the scoring settings; staff edit them in place (an update sends every field). */
export function CampaignOverview({ campaign, canEdit }: { campaign: Campaign; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const { save, alert } = useSaveForm(form, { staleText: t('campaigns.stale') });
  const update = useUpdateCampaign();
  const text = (s?: string) => (s ? <MarkdownText text={s} /> : t('common.none'));

  if (!editing) {
    return (
      <Flex vertical gap={12}>
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 120 } }}
          items={[
            { key: 'basis', label: t('campaigns.overview.basisDocuments'), children: text(campaign.basisDocuments ?? undefined) },
            { key: 'ideology', label: t('campaigns.overview.guidingIdeology'), children: text(campaign.guidingIdeology ?? undefined) },
            { key: 'goals', label: t('campaigns.overview.goals'), children: text(campaign.goals ?? undefined) },
            {
              key: 'aggregation',
              label: t('campaigns.aggregation.label'),
              children: t(`campaigns.aggregation.${campaign.aggregationMethod}`),
            },
            { key: 'threshold', label: t('campaigns.disagreement.label'), children: campaign.disagreementThreshold },
            { key: 'notice', label: t('campaigns.noticeDays.label'), children: campaign.noticeMinWorkingDays },
            {
              key: 'reminders',
              label: t('campaigns.reminderDays.label'),
              children:
                campaign.reminderDays.length > 0
                  ? t('campaigns.reminderDays.value', { days: campaign.reminderDays.join('、') })
                  : t('campaigns.reminderDays.none'),
            },
          ]}
        />
        {canEdit && (
          <div>
            <Button onClick={() => setEditing(true)}>{t('campaigns.overview.editTitle')}</Button>
          </div>
        )}
      </Flex>
    );
  }

  const onFinish = (v: Values) =>
    save(async () => {
      await update.mutateAsync({
        id: campaign.id,
        body: {
          title: v.title,
          year: v.year,
          basisDocuments: v.basisDocuments ?? '',
          guidingIdeology: v.guidingIdeology ?? '',
          goals: v.goals ?? '',
          aggregationMethod: v.aggregationMethod ?? campaign.aggregationMethod,
          disagreementThreshold: v.disagreementThreshold ?? campaign.disagreementThreshold,
          noticeMinWorkingDays: v.noticeMinWorkingDays ?? campaign.noticeMinWorkingDays,
          reminderDays: v.reminderDays ?? campaign.reminderDays,
          version: campaign.version,
        },
      });
      void message.success(t('campaigns.overview.saved'));
      setEditing(false);
    });

  const required = [{ required: true, whitespace: true, message: t('errors.validation.required') }];
  return (
    <Form<Values> form={form} layout="vertical" initialValues={campaign} onFinish={(v) => void onFinish(v)}>
      <SaveProblemAlert {...alert} />
      <Form.Item name="title" label={t('campaigns.overview.titleLabel')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="year" label={t('campaigns.year')} rules={[{ required: true, message: t('errors.validation.required') }]}>
        <InputNumber min={2000} max={2100} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="basisDocuments" label={t('campaigns.overview.basisDocuments')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="guidingIdeology" label={t('campaigns.overview.guidingIdeology')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="goals" label={t('campaigns.overview.goals')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="aggregationMethod" label={t('campaigns.aggregation.label')} extra={t('campaigns.aggregation.hint')}>
        <Select options={METHODS.map((m) => ({ value: m, label: t(`campaigns.aggregation.${m}`) }))} />
      </Form.Item>
      <Form.Item name="disagreementThreshold" label={t('campaigns.disagreement.label')} extra={t('campaigns.disagreement.hint')}>
        <InputNumber min={0} max={100} step={0.5} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="noticeMinWorkingDays" label={t('campaigns.noticeDays.label')} extra={t('campaigns.noticeDays.hint')}>
        <InputNumber min={1} max={30} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="reminderDays" label={t('campaigns.reminderDays.label')} extra={t('campaigns.reminderDays.hint')}>
        <Select
          mode="multiple"
          allowClear
          options={REMINDER_CHOICES.map((d) => ({ value: d, label: t('campaigns.reminderDays.option', { count: d }) }))}
        />
      </Form.Item>
      <Flex gap={8}>
        <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
