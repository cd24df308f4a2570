import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateWebhook, type WebhookSecret } from '../api/create-webhook';
import { getWebhookQueryOptions } from '../api/get-webhook';
import type { ChangedRecord, Webhook } from '../api/get-webhooks';
import { useUpdateWebhook } from '../api/update-webhook';
import { EVENTS } from './events';
import { useApp } from '@/components/antd-scope';

type Values = { url: string; description?: string; events: ChangedRecord[]; enabled: boolean };

const toValues = (w: Webhook): Values => ({
  url: w.url,
  description: w.description ?? undefined,
  events: w.events,
  enabled: w.enabled,
});

/** An absolute http or https address with a host and no user name, as the API takes it. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Registers an endpoint (no `webhook`; the signing secret goes to `onCreated`, to be shown once) or changes one with
 * the version read.
 */
export function WebhookForm({
  webhook,
  onClose,
  onCreated,
}: {
  webhook: Webhook | null;
  onClose: () => void;
  onCreated: (created: WebhookSecret) => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // What was read last: after a reload, the fresh endpoint's version.
  const [current, setCurrent] = useState(webhook);
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const { save, alert } = useSaveForm(form, {
    staleText: t('webhooks.stale'),
    reload: async () => {
      if (!webhook) return;
      const fresh = await queryClient.fetchQuery({ ...getWebhookQueryOptions(webhook.id), staleTime: 0 });
      const values = toValues(fresh);
      form.setFields([
        { name: 'url', value: values.url, errors: [] },
        { name: 'description', value: values.description, errors: [] },
        { name: 'events', value: values.events, errors: [] },
        { name: 'enabled', value: values.enabled, errors: [] },
      ]);
      setCurrent(fresh);
    },
  });

  const onFinish = (v: Values) =>
    save(async () => {
      const body = { url: v.url.trim(), description: v.description?.trim() || null, events: v.events, enabled: v.enabled };
      if (current) {
        await update.mutateAsync({ id: current.id, body: { ...body, version: current.version } });
        void message.success(t('webhooks.saved'));
        onClose();
      } else {
        const created = await create.mutateAsync(body);
        onClose();
        onCreated(created);
      }
    });

  return (
    <FormDrawer
      title={webhook ? t('webhooks.editTitle') : t('webhooks.createTitle')}
      width={520}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={webhook ? toValues(webhook) : { events: [], enabled: true }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="url"
          label={t('webhooks.url')}
          extra={t('webhooks.urlExtra')}
          rules={[
            { required: true, whitespace: true, message: t('webhooks.urlRequired') },
            {
              validator: (_, value?: string) =>
                !value?.trim() || isHttpUrl(value) ? Promise.resolve() : Promise.reject(new Error(t('webhooks.urlInvalid'))),
            },
          ]}
        >
          <Input type="url" inputMode="url" autoCapitalize="none" autoComplete="off" spellCheck={false} maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.description')} extra={t('webhooks.descriptionExtra')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="events"
          label={t('webhooks.events')}
          // A rule of its own rather than `required`: aria-required is not for a group of checkboxes.
          rules={[
            {
              validator: (_, value?: ChangedRecord[]) =>
                value?.length ? Promise.resolve() : Promise.reject(new Error(t('webhooks.eventsRequired'))),
            },
          ]}
        >
          <Checkbox.Group
            role="group"
            aria-label={t('webhooks.events')}
            options={EVENTS.map((e) => ({ value: e, label: t(`webhooks.event.${e}`) }))}
          />
        </Form.Item>
        <Form.Item name="enabled" label={t('webhooks.enabled')} extra={t('webhooks.enabledExtra')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
