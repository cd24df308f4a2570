import { Button, Space, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Branch } from '../api/get-branches';
import { BranchStatusTag } from './branch-status-tag';

type Props = {
  branches: Branch[];
  loading: boolean;
  canManage: boolean;
  onEdit: (branch: Branch) => void;
  onStatusChange: (branch: Branch) => void;
  pagination: TableProps<Branch>['pagination'];
  detailHref: (id: number) => string;
};

export function BranchTable({ branches, loading, canManage, onEdit, onStatusChange, pagination, detailHref }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<Branch>['columns'] = [
    { key: 'code', dataIndex: 'code', title: t('branches.field.code'), width: 90 },
    {
      key: 'name',
      title: t('branches.field.name'),
      render: (_, b) => <Link to={detailHref(b.id)}>{b.name}</Link>,
    },
    { key: 'organisation', title: t('organisations.belongsTo'), render: (_, b) => b.organisation.name },
    { key: 'kind', title: t('branches.field.kind'), render: (_, b) => t(`branches.kind.${b.kind}`) },
    { key: 'workUnit', dataIndex: 'workUnit', title: t('branches.field.workUnit'), ellipsis: true },
    { key: 'chairName', dataIndex: 'chairName', title: t('branches.field.chairName') },
    { key: 'memberCount', dataIndex: 'memberCount', title: t('branches.field.memberCount'), align: 'right' },
    { key: 'status', title: t('branches.field.status'), render: (_, b) => <BranchStatusTag status={b.status} /> },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      className: 'cx-no-print',
      render: (_, b) => (
        <Space size={0}>
          <Button type="link" onClick={() => onEdit(b)} aria-label={`${t('common.edit')} ${b.name}`}>
            {t('common.edit')}
          </Button>
          <Button
            type="link"
            danger={b.status === 'ACTIVE'}
            onClick={() => onStatusChange(b)}
            aria-label={`${b.status === 'ACTIVE' ? t('branches.archive') : t('branches.restore')} ${b.name}`}
          >
            {b.status === 'ACTIVE' ? t('branches.archive') : t('branches.restore')}
          </Button>
        </Space>
      ),
    });
  }
  return (
    <Table<Branch>
      rowKey="id"
      columns={columns}
      dataSource={branches}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
    />
  );
}
