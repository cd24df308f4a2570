import { Button, Space, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/get-accounts';
import { AccountStatus } from './account-status';

type Props = {
  accounts: Account[];
  loading: boolean;
  branchName: (id?: number | null) => string;
  onEdit: (a: Account) => void;
  onToggle: (a: Account) => void;
  onReset: (a: Account) => void;
  pagination: TableProps<Account>['pagination'];
};

export function AccountTable({ accounts, loading, branchName, onEdit, onToggle, onReset, pagination }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<Account>['columns'] = [
    { key: 'username', dataIndex: 'username', title: t('accounts.field.username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('accounts.field.displayName') },
    {
      key: 'roles',
      title: t('accounts.field.roles'),
      render: (_, a) => a.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join('、'),
    },
    { key: 'organisation', title: t('organisations.belongsTo'), render: (_, a) => a.organisation.name },
    { key: 'branch', title: t('accounts.field.branch'), render: (_, a) => branchName(a.branchId) },
    { key: 'phone', dataIndex: 'phone', title: t('accounts.field.phone') },
    { key: 'status', title: t('accounts.field.status'), render: (_, a) => <AccountStatus account={a} /> },
    {
      key: 'lastLoginAt',
      title: t('accounts.field.lastLoginAt'),
      render: (_, a) => (a.lastLoginAt ? dayjs(a.lastLoginAt).format('YYYY-MM-DD HH:mm') : t('common.none')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, a) => (
        <Space size={0} wrap>
          <Button type="link" onClick={() => onEdit(a)} aria-label={`${t('common.edit')} ${a.username}`}>
            {t('common.edit')}
          </Button>
          <Button type="link" onClick={() => onReset(a)} aria-label={`${t('accounts.resetPassword')} ${a.username}`}>
            {t('accounts.resetPassword')}
          </Button>
          <Button
            type="link"
            danger={a.enabled}
            onClick={() => onToggle(a)}
            aria-label={`${a.enabled ? t('accounts.disable') : t('accounts.enable')} ${a.username}`}
          >
            {a.enabled ? t('accounts.disable') : t('accounts.enable')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<Account>
      rowKey="id"
      columns={columns}
      dataSource={accounts}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
    />
  );
}
