import { CheckCircleOutlined, ClockCircleOutlined, LockOutlined, StopOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { StatusTag } from '@/components/status-tag';
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
        <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
          {t('accounts.enabled')}
        </StatusTag>
      ) : (
        <StatusTag tone="off" icon={<StopOutlined />}>
          {t('accounts.disabled')}
        </StatusTag>
      )}
      {locked && (
        <StatusTag tone="bad" icon={<LockOutlined />}>
          {t('accounts.locked')}
        </StatusTag>
      )}
      {account.mustChangePassword && (
        <StatusTag tone="warn" icon={<ClockCircleOutlined />}>
          {t('accounts.mustChange')}
        </StatusTag>
      )}
    </Space>
  );
}
