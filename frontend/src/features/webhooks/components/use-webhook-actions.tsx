import { useTranslation } from 'react-i18next';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { problemMessage } from '@/lib/problem';
import type { WebhookSecret } from '../api/create-webhook';
import { useDeleteWebhook } from '../api/delete-webhook';
import type { Webhook } from '../api/get-webhooks';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { useUpdateWebhook } from '../api/update-webhook';
import { useApp } from '@/components/antd-scope';

/**
 * Pause or enable an endpoint (pausing after a question: what changes meanwhile is not sent later), give it a new
 * secret (for `onSecret` to show once), delete it; `alert` keeps a refused deletion above the list.
 */
export function useWebhookActions(onSecret: (secret: WebhookSecret) => void) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const update = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhook();
  const { confirmDelete, alert } = useConfirmDelete();

  const setEnabled = async (w: Webhook, enabled: boolean) => {
    try {
      await update.mutateAsync({
        id: w.id,
        body: { url: w.url, description: w.description, events: w.events, enabled, version: w.version },
      });
      void message.success(t(enabled ? 'webhooks.resumed' : 'webhooks.paused', { url: w.url }));
    } catch (error) {
      void message.error(problemMessage(error, t));
    }
  };

  const toggle = (w: Webhook) => {
    if (!w.enabled) {
      void setEnabled(w, true);
      return;
    }
    modal.confirm({
      title: t('webhooks.pause'),
      content: t('webhooks.pauseConfirm', { url: w.url }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => setEnabled(w, false),
    });
  };

  const newSecret = (w: Webhook) =>
    modal.confirm({
      title: t('webhooks.rotate'),
      content: t('webhooks.rotateConfirm', { url: w.url }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          onSecret(await rotate.mutateAsync({ id: w.id, version: w.version }));
        } catch (error) {
          void message.error(problemMessage(error, t));
        }
      },
    });

  const del = (w: Webhook) =>
    confirmDelete({
      title: t('webhooks.deleteTitle'),
      content: t('webhooks.deleteConfirm', { url: w.url }),
      run: () => remove.mutateAsync(w.id),
      done: t('webhooks.deleted', { url: w.url }),
    });

  return { toggle, newSecret, del, alert };
}
