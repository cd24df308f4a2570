import { CameraOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import type { FieldDefinition } from '../api/deliverable-types';
import { useDeliverableAction, type Deliverable } from '../api/deliverables';
import { DeliverableFields, fromFieldValues, toFieldValues, type FieldValues } from './deliverable-fields';

type Values = { title: string; body?: string; fields?: FieldValues };

/** The branch writes a draft or returned deliverable, attaches photos from the camera, saves and submits. */
export function DeliverableEditor({
  campaignId,
  deliverable,
  fields,
}: {
  campaignId: number;
  deliverable: Deliverable;
  fields: FieldDefinition[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = useDeliverableAction(campaignId, deliverable.id ?? 0);
  const [problem, setProblem] = useState<string | null>(null);
  const camera = useRef<HTMLInputElement>(null);

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.isStaleVersion) return setProblem(t('errors.staleVersion'));
    const { applied } = applyFieldErrors(form, error, t);
    if (applied === 0) setProblem(problemMessage(error, t));
  };

  /** Saves the content; returns the new version, or null when it failed. */
  const save = async (): Promise<number | null> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return null;
    setProblem(null);
    try {
      const saved = (await action.mutateAsync({
        kind: 'save',
        body: { title: v.title.trim(), body: v.body, fields: fromFieldValues(fields, v.fields), version: deliverable.version ?? 0 },
      })) as Deliverable;
      return saved.version ?? null;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const submit = async () => {
    const version = await save();
    if (version == null) return;
    try {
      const open = (deliverable.fixItems ?? []).filter((i) => !i.addressed).map((i) => i.id ?? 0);
      await action.mutateAsync({ kind: 'submit', version, addressedFixItems: open.length ? open : undefined });
      void message.success(t('deliverables.submitted'));
    } catch (error) {
      fail(error);
    }
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      await action.mutateAsync({ kind: 'upload', version: deliverable.version ?? 0, file });
      void message.success(t('deliverables.uploaded', { name: file.name }));
    } catch (error) {
      fail(error);
    } finally {
      if (camera.current) camera.current.value = '';
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ title: deliverable.title, body: deliverable.body, fields: toFieldValues(fields, deliverable.fields) }}
      onFinish={() => void save().then((v) => v != null && void message.success(t('deliverables.saved')))}
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      <Form.Item name="title" label={t('deliverables.title')} rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}>
        <Input maxLength={200} style={{ minHeight: 44 }} />
      </Form.Item>
      <DeliverableFields fields={fields} />
      <Form.Item name="body" label={t('deliverables.body')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50000} />
      </Form.Item>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        style={{ display: 'none' }}
        aria-label={t('deliverables.photo')}
        data-testid="camera-input"
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      <Flex gap={8} wrap>
        <Button icon={<CameraOutlined aria-hidden />} onClick={() => camera.current?.click()} loading={action.isPending}>
          {t('deliverables.photo')}
        </Button>
        <Button htmlType="submit" loading={action.isPending}>
          {t('deliverables.save')}
        </Button>
        <Button type="primary" onClick={() => void submit()} loading={action.isPending}>
          {t('deliverables.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
