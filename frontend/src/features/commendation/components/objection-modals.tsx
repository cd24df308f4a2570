import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { ObjectionFields, ObjectionResolutionFields } from '@/components/objection-fields';
import { useSaveForm } from '@/hooks/use-save-form';
import type { CommendationList, Objection } from '../api/keys';
import { useRecordObjection } from '../api/record-objection';
import { useResolveObjection } from '../api/resolve-objection';
import { useApp } from '@/components/antd-scope';

type RecordValues = { branchId?: number; anonymous: boolean; raisedBy?: string; content: string };

/** Records an objection received during the notice; an anonymous one keeps no name. */
export function RecordObjectionModal({ list, onClose }: { list: CommendationList; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordObjection(list.id);
  const { save, alert } = useSaveForm(form);
  const anonymous = (Form.useWatch('anonymous', form) as boolean | undefined) ?? true;

  const onFinish = (v: RecordValues) =>
    save(async () => {
      await record.mutateAsync({
        branchId: v.branchId ?? 0,
        raisedBy: v.anonymous ? undefined : v.raisedBy?.trim(),
        content: v.content.trim(),
      });
      void message.success(t('commendation.objections.recorded'));
      onClose();
    });

  return (
    <FormModal
      title={t('commendation.objections.title')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={record.isPending}
      saveText={t('commendation.objections.record')}
      {...alert}
    >
      <Form<RecordValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ anonymous: true, content: '' }}>
        <Form.Item
          name="branchId"
          label={t('commendation.objections.branch')}
          rules={[{ required: true, message: t('errors.validation.required') }]}
        >
          <Select options={list.entries.map((e) => ({ value: e.branchId, label: e.branchName }))} />
        </Form.Item>
        <ObjectionFields anonymous={anonymous} />
      </Form>
    </FormModal>
  );
}

type ResolveValues = { handling: string; outcome: string };

/** Records how an objection was looked into and what came of it; it is then resolved. */
export function ResolveObjectionModal({ objection, onClose }: { objection: Objection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<ResolveValues>();
  const resolve = useResolveObjection(objection.listId);
  const { save, alert } = useSaveForm(form);

  const onFinish = (v: ResolveValues) =>
    save(async () => {
      await resolve.mutateAsync({
        objectionId: objection.id,
        handling: v.handling.trim(),
        outcome: v.outcome.trim(),
        version: objection.version,
      });
      void message.success(t('commendation.objections.resolved'));
      onClose();
    });

  return (
    <FormModal
      title={t('commendation.objections.resolveTitle', { id: objection.id })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={resolve.isPending}
      {...alert}
    >
      <p>{objection.content}</p>
      <Form<ResolveValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ handling: objection.handling ?? '', outcome: objection.outcome ?? '' }}
      >
        <ObjectionResolutionFields />
      </Form>
    </FormModal>
  );
}
