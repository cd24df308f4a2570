import { formatDateTime } from '@/lib/format';
import { Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useMe } from '../api/get-me';
import { ChangePasswordForm } from './change-password-form';
import { NotificationSettingsCard } from './notification-settings-card';
import { TotpPanel } from './totp-panel';
import { useApp } from '@/components/antd-scope';

/**
 * The signed-in account: who it is, where its messages reach it, a password change, and (for ADMIN and AUDITOR) a
 * second factor.
 */
export function MyAccount({ canUseTotp, onSignedOut }: { canUseTotp: boolean; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const me = useMe();
  const none = t('common.none');

  let profile;
  if (me.isPending) profile = <Skeleton active />;
  else if (me.isError) profile = <ErrorState title={t('me.loadFailed')} error={me.error} onRetry={() => void me.refetch()} />;
  else
    profile = (
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('me.username')}>{me.data.username}</Descriptions.Item>
        <Descriptions.Item label={t('me.displayName')}>{me.data.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('me.roles')}>
          {me.data.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('me.phone')}>{me.data.phone ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('me.email')}>{me.data.email ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('me.lastLogin')}>{me.data.lastLoginAt ? formatDateTime(me.data.lastLoginAt) : none}</Descriptions.Item>
      </Descriptions>
    );

  return (
    <section aria-labelledby="me-title">
      <Typography.Title level={1} id="me-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('me.title')}
      </Typography.Title>
      <Flex vertical gap={16} style={{ maxWidth: 640 }}>
        <Card title={t('me.profile')}>{profile}</Card>
        <NotificationSettingsCard />
        <Card title={t('password.changeTitle')}>
          <ChangePasswordForm
            onChanged={(again) => {
              if (again) void message.success(t('password.changed'));
              else onSignedOut();
            }}
          />
        </Card>
        {canUseTotp && me.data && (
          <Card title={t('me.totpTitle')}>
            <TotpPanel enabled={Boolean(me.data.totpEnabled)} />
          </Card>
        )}
      </Flex>
    </section>
  );
}
