import { Form, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { ObjectionFields, ObjectionResolutionFields } from '@/components/objection-fields';
import { useSaveForm } from '@/hooks/use-save-form';
import type { Recommendation, RecommendationObjection } from '../api/keys';
import { useRecordRecommendationObjection } from '../api/record-objection';
import { useResolveRecommendationObjection } from '../api/resolve-objection';
import { useApp } from '@/components/antd-scope';

type RecordValues = { anonymous: boolean; raisedBy?: string; content: string };

/** Records an objection to an accepted recommendation received during the level's notice; an anonymous one keeps no name. */
export function RecordObjectionModal({ recommendation, onClose }: { recommendation: Recommendation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordRecommendationObjection(recommendation);
  const { save, alert } = useSaveForm(form);
  const anonymous = (Form.useWatch('anonymous', form) as boolean | undefined) ?? true;

  const onFinish = (v: RecordValues) =>
    save(async () => {
      await record.mutateAsync({ raisedBy: v.anonymous ? null : v.raisedBy?.trim(), content: v.content.trim() });
      void message.success(t('recommendations.objections.recorded'));
      onClose();
    });

  return (
    <FormModal
      title={t('recommendations.objections.title', { name: recommendation.candidateName })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={record.isPending}
      saveText={t('recommendations.objections.record')}
      {...alert}
    >
      <Form<RecordValues>
        form={form}
        name="objection"
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ anonymous: true, content: '' }}
      >
        <ObjectionFields anonymous={anonymous} />
      </Form>
    </FormModal>
  );
}

type ResolveValues = { handling: string; outcome: string; upheld: boolean };

/** Records how an objection was looked into and what came of it; upheld, the recommendation is taken off. */
export function ResolveObjectionModal({
  recommendation,
  objection,
  onClose,
}: {
  recommendation: Recommendation;
  objection: RecommendationObjection;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<ResolveValues>();
  const resolve = useResolveRecommendationObjection(recommendation);
  const { save, alert } = useSaveForm(form);

  const onFinish = (v: ResolveValues) =>
    save(async () => {
      await resolve.mutateAsync({
        objectionId: objection.id,
        body: { handling: v.handling.trim(), outcome: v.outcome.trim(), upheld: v.upheld, version: objection.version },
      });
      void message.success(t('recommendations.objections.resolved'));
      onClose();
    });

  return (
    <FormModal
      title={t('recommendations.objections.resolveTitle', { id: objection.id })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={resolve.isPending}
      {...alert}
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{objection.content}</Typography.Paragraph>
      <Form<ResolveValues>
        form={form}
        name="resolve-objection"
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ handling: objection.handling ?? '', outcome: objection.outcome ?? '', upheld: objection.upheld }}
      >
        <ObjectionResolutionFields />
        <Form.Item
          name="upheld"
          label={t('recommendations.objections.upheld')}
          extra={t('recommendations.objections.upheldHint')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
