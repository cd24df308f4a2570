import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/copy-field';
import type { WebhookSecret } from '../api/create-webhook';

/**
 * The signing secret of a new endpoint, or its new one: shown this once, with a way to copy it. Mounted only while
 * shown, so that once closed the secret leaves the page at once.
 */
export function WebhookSecretModal({ secret, onClose }: { secret: WebhookSecret; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('webhooks.secretTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('webhooks.secretWarning')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph style={{ wordBreak: 'break-all' }}>{secret.webhook.url}</Typography.Paragraph>
      <CopyField value={secret.secret} label={t('webhooks.secret')} testId="webhook-secret" />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('webhooks.secretHint')}
      </Typography.Paragraph>
    </Modal>
  );
}
