import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import type { FieldDefinition } from '../api/get-deliverable-types';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { toNamePath } from '@/lib/problem';
import type { Deliverable } from '../api/get-deliverables';
import { useSubmitDeliverable } from '../api/submit-deliverable';
import { useUpdateDeliverable } from '../api/update-deliverable';
import { useUploadAttachment } from '../api/upload-attachment';
import { DeliverableFields, fromFieldValues, toFieldValues, type FieldValues } from './deliverable-fields';
import { DeliverableFilePickers } from './deliverable-file-pickers';
import { readLocalDraft, useDraftAutosave } from './use-draft-autosave';
import { useApp } from '@/components/antd-scope';

type Values = { title: string; body?: string; fields?: FieldValues };

/**
 * The branch writes a draft or returned deliverable. Nothing typed is lost: every change is kept in the browser at
 * once and saved to the server a moment later; photos and files are added without touching the form; a reload
 * brings back what was typed. Submitting needs every fix-list item ticked (`openFixItems` = 0).
 */
export function DeliverableEditor({
  campaignId,
  deliverable,
  fields,
  openFixItems = 0,
}: {
  campaignId: number;
  deliverable: Deliverable;
  fields: FieldDefinition[];
  openFixItems?: number;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const id = deliverable.id;
  const update = useUpdateDeliverable(campaignId, id);
  const submission = useSubmitDeliverable(campaignId, id);
  const uploading = useUploadAttachment(campaignId, id);
  // A submit names the content it carries under `changes`; on this form those are the fields themselves.
  const { fail, clear, alert } = useSaveForm(form, { fieldPath: (field) => toNamePath(field.replace(/^changes\./, '')) });
  // Typing kept in this browser (e.g. the page was reloaded before it reached the server) wins over the server's copy.
  const [initial] = useState<{ values: Values; restored: boolean }>(() => {
    const local = readLocalDraft<Values>(id, deliverable.version);
    const server = { title: deliverable.title, body: deliverable.body, fields: toFieldValues(fields, deliverable.fields) };
    return local ? { values: local, restored: true } : { values: server, restored: false };
  });

  const read = useCallback(() => form.getFieldsValue(true) as Values, [form]);
  const save = useCallback(
    async (v: Values, version: number): Promise<number | null> => {
      // A draft may be half written, but the server needs a title to keep it.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a field never touched is undefined in antd's values
      if (!v.title?.trim()) return null;
      try {
        const saved = await update.mutateAsync({ title: v.title.trim(), body: v.body, fields: fromFieldValues(fields, v.fields), version });
        clear();
        return saved.version;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [update, clear, fail, fields],
  );
  const autosave = useDraftAutosave<Values>({ id, version: deliverable.version, read, save });
  const { changed } = autosave;

  useEffect(() => {
    if (initial.restored) changed();
  }, [initial.restored, changed]);

  const saveNow = async () => {
    if (!(await form.validateFields(['title']).catch(() => null))) return;
    changed();
    if ((await autosave.flush()) != null) void message.success(t('deliverables.saved'));
  };

  /** What is on the screen is what is handed in: unsaved typing goes with the submit, saved and submitted in one step. */
  const submit = async () => {
    if (!(await form.validateFields().catch(() => null))) return;
    changed();
    try {
      await autosave.carry(async (v, version) => {
        const changes = v ? { title: v.title.trim(), body: v.body, fields: fromFieldValues(fields, v.fields) } : undefined;
        return (await submission.mutateAsync({ version, changes })).version;
      });
      clear();
      void message.success(t('deliverables.submitted'));
    } catch (error) {
      // Refused as a submission, the typing is still worth keeping as a draft; the refusal is what the user reads.
      await autosave.flush();
      fail(error);
    }
  };

  /** Files go up one after another, each on the newest version; what was typed is saved first and stays. */
  const upload = async (files: File[]) => {
    clear();
    let version = await autosave.flush();
    if (version == null) version = autosave.versionRef.current;
    for (const file of files) {
      try {
        const done = await uploading.mutateAsync({ version, file, key: newIdempotencyKey('upload') });
        version = done.deliverableVersion;
        autosave.moved(version);
        void message.success(t('deliverables.uploaded', { name: file.name }));
      } catch (error) {
        fail(error);
        return;
      }
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial.values} onValuesChange={changed} onFinish={() => void saveNow()}>
      <SaveProblemAlert {...alert} style={{ marginBottom: 12 }} />
      {initial.restored && <Alert type="info" showIcon title={t('deliverables.restored')} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="title"
        label={t('deliverables.title')}
        rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
      >
        <Input maxLength={200} style={{ minHeight: 44 }} />
      </Form.Item>
      <DeliverableFields fields={fields} />
      <Form.Item name="body" label={t('deliverables.body')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50000} />
      </Form.Item>
      <DeliverableFilePickers busy={uploading.isPending} onFiles={(files) => void upload(files)} />
      <div className="cx-sticky-actions">
        <Typography.Text type="secondary" aria-live="polite" data-testid="autosave-state" data-state={autosave.state}>
          {t(`deliverables.autosave.${autosave.state}`, {
            time: autosave.savedAt ? autosave.savedAt.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }) : '',
          })}
        </Typography.Text>
        {openFixItems > 0 && <Typography.Text type="warning">{t('deliverables.fixOpen', { count: openFixItems })}</Typography.Text>}
        <Flex gap={8} wrap>
          <Button htmlType="submit" loading={autosave.state === 'saving'} style={{ minHeight: 44 }}>
            {t('deliverables.save')}
          </Button>
          <Button
            type="primary"
            onClick={() => void submit()}
            loading={submission.isPending}
            disabled={openFixItems > 0}
            style={{ minHeight: 44 }}
          >
            {t('deliverables.submit')}
          </Button>
        </Flex>
      </div>
    </Form>
  );
}
