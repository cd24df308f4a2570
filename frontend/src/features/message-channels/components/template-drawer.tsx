import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Typography, type InputRef } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { getMessageTemplateQueryOptions } from '../api/get-message-template';
import type { MessageTemplate } from '../api/get-message-templates';
import { usePutMessageTemplate } from '../api/put-message-template';
import { useResetMessageTemplate } from '../api/reset-message-template';
import { useApp } from '@/components/antd-scope';

type Values = { subject: string; body: string };
type Field = keyof Values;

/**
 * Rewords one kind of message in one language: subject and body, the kind's placeholders a click away, the server's
 * verdict on each field, and a way back to the shipped wording once customised.
 */
export function TemplateDrawer({ template, onClose }: { template: MessageTemplate; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // What was read last: after a reload, the fresh template's version and state.
  const [current, setCurrent] = useState(template);
  const put = usePutMessageTemplate();
  const reset = useResetMessageTemplate();
  const subjectRef = useRef<InputRef>(null);
  const bodyRef = useRef<TextAreaRef>(null);
  // The field a placeholder goes into: the one last in use, else the end of the body.
  const lastField = useRef<Field | null>(null);
  const { kind, locale } = template;
  const names = { kind: t(`messageChannels.kind.${kind}`), language: t(`messageChannels.locale.${locale}`) };

  const { save, alert } = useSaveForm(form, {
    staleText: t('messageChannels.templates.stale'),
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getMessageTemplateQueryOptions(kind, locale), staleTime: 0 });
      form.setFields([
        { name: 'subject', value: fresh.subject, errors: [] },
        { name: 'body', value: fresh.body, errors: [] },
      ]);
      setCurrent(fresh);
    },
  });

  const elementOf = (field: Field): HTMLInputElement | HTMLTextAreaElement | null | undefined =>
    field === 'subject' ? subjectRef.current?.input : bodyRef.current?.resizableTextArea?.textArea;

  const insert = (placeholder: string) => {
    const field = lastField.current ?? 'body';
    const element = elementOf(field);
    const text = (form.getFieldValue(field) as string | undefined) ?? '';
    const token = `{${placeholder}}`;
    const start = lastField.current && element ? (element.selectionStart ?? text.length) : text.length;
    const end = lastField.current && element ? (element.selectionEnd ?? start) : start;
    form.setFields([{ name: field, value: text.slice(0, start) + token + text.slice(end), errors: [] }]);
    lastField.current = field;
    // The caret goes after what was inserted, once the field shows it.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const onFinish = (values: Values) =>
    save(async () => {
      await put.mutateAsync({ kind, locale, body: { subject: values.subject.trim(), body: values.body.trim(), version: current.version } });
      void message.success(t('messageChannels.templates.saved'));
      onClose();
    });

  const confirmReset = () =>
    modal.confirm({
      title: t('messageChannels.templates.resetTitle'),
      content: t('messageChannels.templates.resetContent', names),
      okText: t('messageChannels.templates.reset'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const done = await save(() => reset.mutateAsync({ kind, locale, version: current.version ?? 0 }));
        if (!done) return;
        void message.success(t('messageChannels.templates.resetDone'));
        onClose();
      },
    });

  return (
    <FormDrawer
      title={t('messageChannels.templates.editTitle', names)}
      width={640}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={put.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ subject: template.subject, body: template.body }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="subject"
          label={t('messageChannels.templates.subject')}
          rules={[{ required: true, whitespace: true, message: t('messageChannels.templates.subjectRequired') }]}
        >
          <Input
            ref={subjectRef}
            maxLength={200}
            onFocus={() => {
              lastField.current = 'subject';
            }}
          />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('messageChannels.templates.body')}
          rules={[{ required: true, whitespace: true, message: t('messageChannels.templates.bodyRequired') }]}
        >
          <Input.TextArea
            ref={bodyRef}
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={2000}
            onFocus={() => {
              lastField.current = 'body';
            }}
          />
        </Form.Item>
      </Form>
      <section aria-labelledby="template-placeholders">
        <Typography.Text strong id="template-placeholders">
          {t('messageChannels.templates.placeholders')}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('messageChannels.templates.placeholdersHint')}
        </Typography.Paragraph>
        <Flex wrap gap={8} data-testid="placeholders">
          {template.placeholders.map((placeholder) => (
            <Button
              key={placeholder}
              size="small"
              color="primary"
              variant="filled"
              aria-label={t('messageChannels.templates.insert', { placeholder: `{${placeholder}}` })}
              // Keeps the caret where it is in the field being written.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(placeholder)}
            >
              {`{${placeholder}}`}
            </Button>
          ))}
        </Flex>
      </section>
      {current.customised && (
        <Button danger style={{ marginTop: 24 }} loading={reset.isPending} onClick={confirmReset}>
          {t('messageChannels.templates.reset')}
        </Button>
      )}
    </FormDrawer>
  );
}
