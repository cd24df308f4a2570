import { Alert, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import type { Recommendation } from '../api/keys';
import { useReviseRecommendation } from '../api/revise-recommendation';
import { useApp } from '@/components/antd-scope';

type Values = { dossier: string };

/** The recommender revises the dossier of a recommendation awaiting review or returned; it goes to review again. */
export function DossierModal({ recommendation: r, onClose }: { recommendation: Recommendation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const revise = useReviseRecommendation();
  const { save, alert } = useSaveForm(form);

  const onFinish = (v: Values) =>
    save(async () => {
      await revise.mutateAsync({ id: r.id, body: { dossier: v.dossier.trim(), version: r.version } });
      void message.success(t('recommendations.revise.done', { name: r.candidateName }));
      onClose();
    });

  return (
    <FormModal
      title={t('recommendations.revise.title', { name: r.candidateName })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={revise.isPending}
      saveText={t('recommendations.revise.submit')}
      {...alert}
      intro={
        <>
          {r.status === 'RETURNED' && r.reviewNote && (
            <Alert
              type="warning"
              showIcon
              title={t('recommendations.revise.returned', { note: r.reviewNote })}
              style={{ marginBottom: 12 }}
            />
          )}
          <Typography.Paragraph type="secondary">{t('recommendations.revise.hint')}</Typography.Paragraph>
        </>
      }
    >
      <Form<Values> form={form} name="revise" layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ dossier: r.dossier }}>
        <Form.Item
          name="dossier"
          label={t('recommendations.recommend.dossier')}
          rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 6 }} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
