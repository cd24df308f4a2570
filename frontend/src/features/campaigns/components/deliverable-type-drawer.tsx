import { Checkbox, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateDeliverableType, type DeliverableTypeRequest } from '../api/create-deliverable-type';
import { getDeliverableType } from '../api/get-deliverable-type';
import type { DeliverableType, FieldDefinition } from '../api/get-deliverable-types';
import type { Phase } from '../api/get-phases';
import { useUpdateDeliverableType } from '../api/update-deliverable-type';
import { FieldDefinitionsEditor, hasMaxLength } from './field-definitions-editor';
import { useApp } from '@/components/antd-scope';

type Values = Omit<DeliverableTypeRequest, 'version' | 'fields'> & { fields: FieldDefinition[] };

const FIELD_OF_CODE = { DELIVERABLE_TYPE_CODE_TAKEN: 'code' };

function toValues(d: DeliverableType): Values {
  return {
    phaseId: d.phaseId,
    seq: d.seq,
    code: d.code,
    name: d.name,
    description: d.description ?? undefined,
    required: d.required,
    multiple: d.multiple,
    fields: d.fields.map((f) => ({ ...f, required: f.required ?? false })),
  };
}

/** What the API stores: trimmed texts, and a length limit only on text fields. */
export function toDeliverableTypeRequest(v: Values, version?: number): DeliverableTypeRequest {
  return {
    phaseId: v.phaseId,
    seq: v.seq,
    code: v.code.trim(),
    name: v.name.trim(),
    description: v.description?.trim() || undefined,
    required: Boolean(v.required),
    multiple: Boolean(v.multiple),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Form.List never touched is undefined in antd's values
    fields: (v.fields ?? []).map((f) => ({
      key: f.key.trim(),
      label: f.label.trim(),
      type: f.type,
      required: Boolean(f.required),
      ...(hasMaxLength(f.type) && f.maxLength ? { maxLength: f.maxLength } : {}),
    })),
    version,
  };
}

/** Adds a deliverable type to a phase (no `type`) or edits one, with the fields a branch fills in. */
export function DeliverableTypeDrawer({
  campaignId,
  phases,
  type,
  phaseId,
  nextSeq = 1,
  onClose,
}: {
  campaignId: number;
  phases: Phase[];
  type?: DeliverableType | null;
  /** The phase a new type goes to. */
  phaseId?: number;
  nextSeq?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDeliverableType(campaignId);
  const update = useUpdateDeliverableType(campaignId);
  const [reloadedVersion, setReloadedVersion] = useState<number | undefined>();
  const { save, alert } = useSaveForm(form, {
    fieldOfCode: FIELD_OF_CODE,
    staleText: t('campaigns.type.stale'),
    reload: async () => {
      if (!type?.id) return;
      const fresh = await getDeliverableType(campaignId, type.id);
      form.setFieldsValue(toValues(fresh));
      setReloadedVersion(fresh.version);
    },
  });
  const required = { required: true, message: t('errors.validation.required') };

  const onFinish = (v: Values) =>
    save(async () => {
      if (type?.id) await update.mutateAsync({ id: type.id, body: toDeliverableTypeRequest(v, reloadedVersion ?? type.version) });
      else await create.mutateAsync(toDeliverableTypeRequest(v));
      void message.success(t('campaigns.type.saved', { name: v.name.trim() }));
      onClose();
    });

  return (
    <FormDrawer
      title={type ? t('campaigns.type.editTitle', { name: type.name }) : t('campaigns.type.createTitle')}
      width={720}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          type
            ? toValues(type)
            : { phaseId: phaseId ?? phases[0]?.id ?? 0, seq: nextSeq, code: '', name: '', required: false, multiple: false, fields: [] }
        }
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="name" label={t('campaigns.type.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex wrap gap={8}>
          <Form.Item name="phaseId" label={t('campaigns.type.phase')} rules={[required]} style={{ flex: '2 1 200px' }}>
            <Select options={phases.map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }))} />
          </Form.Item>
          <Form.Item name="seq" label={t('campaigns.type.seq')} rules={[required]} style={{ flex: '1 1 100px' }}>
            <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="code"
          label={t('campaigns.type.code')}
          extra={t('campaigns.codeHint')}
          rules={[required, { pattern: /^[A-Z][A-Z0-9_]*$/, message: t('campaigns.codeRule') }]}
        >
          <Input maxLength={32} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.type.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Form.Item>
        <Flex wrap gap={16}>
          <Form.Item name="required" valuePropName="checked" extra={t('campaigns.type.requiredHint')} style={{ flex: '1 1 200px' }}>
            <Checkbox style={{ minHeight: 44, alignItems: 'center' }}>{t('campaigns.type.requiredLabel')}</Checkbox>
          </Form.Item>
          <Form.Item name="multiple" valuePropName="checked" extra={t('campaigns.type.multipleHint')} style={{ flex: '1 1 200px' }}>
            <Checkbox style={{ minHeight: 44, alignItems: 'center' }}>{t('campaigns.type.multiple')}</Checkbox>
          </Form.Item>
        </Flex>
        <Typography.Title level={3} style={{ fontSize: '1.05em' }}>
          {t('campaigns.field.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('campaigns.field.hint')}</Typography.Paragraph>
        <FieldDefinitionsEditor />
      </Form>
    </FormDrawer>
  );
}
