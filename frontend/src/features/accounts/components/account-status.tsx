import { CheckCircleOutlined, ClockCircleOutlined, LockOutlined, StopOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/get-accounts';

/** Status in words with an icon, never by colour alone. */
export function AccountStatus({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [now] = useState(Date.now);
  const locked = account.lockedUntil && new Date(account.lockedUntil).getTime() > now;
  return (
    <Space size={4} wrap>
      {account.enabled ? (
        <Tag icon={<CheckCircleOutlined />} color="success">{t('accounts.enabled')}</Tag>
      ) : (
        <Tag icon={<StopOutlined />}>{t('accounts.disabled')}</Tag>
      )}
      {locked && <Tag icon={<LockOutlined />} color="error">{t('accounts.locked')}</Tag>}
      {account.mustChangePassword && <Tag icon={<ClockCircleOutlined />} color="warning">{t('accounts.mustChange')}</Tag>}
    </Space>
  );
}
