import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, QRCode, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/copy-field';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import { useConfirmTotp } from '../api/confirm-totp';
import { useEnrolTotp, type TotpEnrolment } from '../api/enrol-totp';
import { useApp } from '@/components/antd-scope';

/** Turns on a TOTP second factor: start, add the secret to an app, confirm with a current code. */
export function TotpPanel({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<{ code: string }>();
  const enrol = useEnrolTotp();
  const confirm = useConfirmTotp();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const { save, alert } = useSaveForm(form);

  if (enabled) {
    return <Alert type="success" showIcon icon={<SafetyCertificateOutlined />} title={t('me.totpOn')} data-testid="totp-status" />;
  }

  const start = () => save(async () => setEnrolment(await enrol.mutateAsync()));

  const onFinish = ({ code }: { code: string }) =>
    save(async () => {
      await confirm.mutateAsync(code.trim());
      void message.success(t('me.totpEnabled'));
      setEnrolment(null);
    });

  return (
    <div>
      <SaveProblemAlert {...alert} />
      {!enrolment ? (
        <>
          <Typography.Paragraph>{t('me.totpOff')}</Typography.Paragraph>
          <Button onClick={() => void start()} loading={enrol.isPending} icon={<SafetyCertificateOutlined />}>
            {t('me.totpStart')}
          </Button>
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('me.totpStep1')}</Typography.Paragraph>
          {enrolment.otpauthUri && (
            <figure style={{ margin: '0 0 12px' }}>
              {/* The same link is given as text below, so the picture itself is hidden from screen readers. */}
              <div aria-hidden="true">
                <QRCode type="svg" value={enrolment.otpauthUri} size={176} bordered={false} />
              </div>
              <figcaption>
                <Typography.Text type="secondary">{t('me.totpQr')}</Typography.Text>
              </figcaption>
            </figure>
          )}
          <Typography.Text strong>{t('me.totpUri')}</Typography.Text>
          <div style={{ margin: '4px 0 12px' }}>
            <CopyField value={enrolment.otpauthUri} label={t('me.totpUri')} testId="totp-uri" />
          </div>
          <Typography.Text strong>{t('me.totpSecret')}</Typography.Text>
          <div style={{ margin: '4px 0 12px' }}>
            <CopyField value={enrolment.secret} label={t('me.totpSecret')} testId="totp-secret" />
          </div>
          <Typography.Paragraph>{t('me.totpStep2')}</Typography.Paragraph>
          <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)}>
            <Form.Item
              name="code"
              label={t('me.totpCode')}
              rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('me.totpCodeRule') }]}
            >
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={confirm.isPending}>
              {t('me.totpConfirm')}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
