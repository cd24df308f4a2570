import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import type { components } from '@/lib/api/schema';
import { useSaveForm } from '@/hooks/use-save-form';
import type { Recommendation } from '../api/keys';
import { useReviewRecommendation } from '../api/review-recommendation';
import { useApp } from '@/components/antd-scope';

type Decision = components['schemas']['ReviewDecision'];
type Values = { decision: Decision; note?: string };

/**
 * The receiving level reviews a recommendation: accepts it (通过) or returns it (退回) with reasons, which are
 * required; the recommender then revises and sends it again.
 */
export function ReviewModal({ recommendation: r, onClose }: { recommendation: Recommendation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const review = useReviewRecommendation();
  const { save, alert } = useSaveForm(form);
  const decision = (Form.useWatch('decision', form) as Decision | undefined) ?? 'ACCEPT';

  const onFinish = (v: Values) =>
    save(async () => {
      const note = v.decision === 'RETURN' ? v.note?.trim() : undefined;
      await review.mutateAsync({ id: r.id, body: { decision: v.decision, note: note ?? null, version: r.version } });
      void message.success(
        t(v.decision === 'ACCEPT' ? 'recommendations.review.accepted' : 'recommendations.review.returned', { name: r.candidateName }),
      );
      onClose();
    });

  return (
    <FormModal
      title={t('recommendations.review.title', { name: r.candidateName })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={review.isPending}
      saveText={t('recommendations.review.submit')}
      {...alert}
      intro={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t(`recommendations.title.${r.title}`)} · {r.recommender.name}
          </Typography.Paragraph>
          <Typography.Text strong>{t('recommendations.review.dossier')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflowY: 'auto' }} data-testid="review-dossier">
            {r.dossier}
          </Typography.Paragraph>
        </>
      }
    >
      <Form<Values> form={form} name="review" layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ decision: 'ACCEPT' }}>
        <Form.Item
          name="decision"
          label={t('recommendations.review.decision')}
          rules={[{ required: true, message: t('errors.validation.required') }]}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'ACCEPT', label: t('recommendations.review.accept') },
              { value: 'RETURN', label: t('recommendations.review.return') },
            ]}
          />
        </Form.Item>
        {decision === 'RETURN' && (
          <Form.Item
            name="note"
            label={t('recommendations.review.note')}
            extra={t('recommendations.review.noteHint')}
            rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
