import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/get-accounts';
import { AccountStatus } from './account-status';

type Props = {
  accounts: Account[];
  branchName: (id?: number | null) => string;
  onEdit: (a: Account) => void;
  onToggle: (a: Account) => void;
  onReset: (a: Account) => void;
};

/** Accounts on a phone: one card each, the actions as full-size buttons. */
export function AccountCards({ accounts, branchName, onEdit, onToggle, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {accounts.map((a) => (
        <Card key={a.id} size="small" title={`${a.displayName}（${a.username}）`}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {a.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join('、')}
            {a.branchId ? ` · ${branchName(a.branchId)}` : ''}
            {` · ${a.organisation.name}`}
          </Typography.Paragraph>
          <AccountStatus account={a} />
          <Flex wrap gap={8} style={{ marginTop: 12 }}>
            <Button onClick={() => onEdit(a)}>{t('common.edit')}</Button>
            <Button onClick={() => onReset(a)}>{t('accounts.resetPassword')}</Button>
            <Button danger={a.enabled} onClick={() => onToggle(a)}>
              {a.enabled ? t('accounts.disable') : t('accounts.enable')}
            </Button>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
