import { Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import type { components } from '@/lib/api/schema';
import { useCreateCampaign, type CampaignRequest } from '../api/create-campaign';
import type { Campaign } from '../api/get-campaigns';
import { useApp } from '@/components/antd-scope';

type AggregationMethod = components['schemas']['AggregationMethod'];
type Values = Required<Pick<CampaignRequest, 'title' | 'year'>> &
  Pick<CampaignRequest, 'basisDocuments' | 'guidingIdeology' | 'goals'> & {
    aggregationMethod: AggregationMethod;
    disagreementThreshold: number;
  };

const METHODS: AggregationMethod[] = ['MEAN', 'MEDIAN', 'TRIMMED_MEAN'];
const blankToUndefined = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** A new campaign from scratch: a DRAFT with its texts and scoring rule, configured afterwards on its page. */
export function CreateCampaignDrawer({ onClose, onCreated }: { onClose: () => void; onCreated: (campaign: Campaign) => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const { save, alert } = useSaveForm(form);
  const required = { required: true, message: t('errors.validation.required') };

  const onFinish = (v: Values) =>
    save(async () => {
      const created = await create.mutateAsync({
        title: v.title.trim(),
        year: v.year,
        basisDocuments: blankToUndefined(v.basisDocuments),
        guidingIdeology: blankToUndefined(v.guidingIdeology),
        goals: blankToUndefined(v.goals),
        aggregationMethod: v.aggregationMethod,
        disagreementThreshold: v.disagreementThreshold,
      });
      void message.success(t('campaigns.created', { title: created.title }));
      onCreated(created);
    });

  return (
    <FormDrawer
      title={t('campaigns.createTitle')}
      width={640}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending}
      saveText={t('common.create')}
      {...alert}
    >
      <Typography.Paragraph type="secondary">{t('campaigns.createHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ title: '', year: dayjs().year(), aggregationMethod: 'MEAN', disagreementThreshold: 10 }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="title" label={t('campaigns.overview.titleLabel')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('campaigns.year')} rules={[required]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="basisDocuments" label={t('campaigns.overview.basisDocuments')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="guidingIdeology" label={t('campaigns.overview.guidingIdeology')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="goals" label={t('campaigns.overview.goals')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
        </Form.Item>
        <Form.Item
          name="aggregationMethod"
          label={t('campaigns.aggregation.label')}
          extra={t('campaigns.aggregation.hint')}
          rules={[required]}
        >
          <Select options={METHODS.map((m) => ({ value: m, label: t(`campaigns.aggregation.${m}`) }))} />
        </Form.Item>
        <Form.Item
          name="disagreementThreshold"
          label={t('campaigns.disagreement.label')}
          extra={t('campaigns.disagreement.hint')}
          rules={[required]}
        >
          <InputNumber min={0} max={100} step={0.5} precision={1} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
