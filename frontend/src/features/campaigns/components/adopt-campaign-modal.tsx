import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import { useAdoptCampaign } from '../api/adopt-campaign';
import type { AdoptableCampaign } from '../api/get-adoptable-campaigns';
import type { Campaign } from '../api/get-campaigns';
import { useApp } from '@/components/antd-scope';

type Values = { title: string; documentNumber: string };

/**
 * Adopts a campaign launched by the organisation above as this organisation's plan (实施方案): its own title and
 * document number (文号); the rest comes from the campaign above. The server's field errors land on the fields.
 */
export function AdoptCampaignModal({
  offer,
  onClose,
  onAdopted,
}: {
  offer: AdoptableCampaign;
  onClose: () => void;
  onAdopted: (plan: Campaign) => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const adopt = useAdoptCampaign();
  const { save, alert } = useSaveForm(form);
  const required = { required: true, whitespace: true, message: t('errors.validation.required') };

  const onFinish = (v: Values) =>
    save(async () => {
      const plan = await adopt.mutateAsync({
        campaignId: offer.id,
        body: { title: v.title.trim(), documentNumber: v.documentNumber.trim() },
      });
      void message.success(t('campaigns.adopt.done'));
      onAdopted(plan);
    });

  return (
    <FormModal
      title={t('campaigns.adopt.title', { title: offer.title })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={adopt.isPending}
      saveText={t('campaigns.adopt.save')}
      {...alert}
      intro={<Typography.Paragraph type="secondary">{t('campaigns.adopt.hint')}</Typography.Paragraph>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ title: offer.title, documentNumber: '' }}
      >
        <Form.Item name="title" label={t('campaigns.adopt.planTitle')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('campaigns.adopt.documentNumber')} rules={[required]}>
          <Input maxLength={64} placeholder={t('campaigns.adopt.documentNumberPlaceholder')} autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
