import { formatDate, formatDateTime } from '@/lib/format';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/problem';
import { useBranch } from '../api/get-branch';
import { BranchFormDrawer } from './branch-form-drawer';
import { BranchStatusTag } from './branch-status-tag';
import { useConfirmStatusChange } from './use-branch-status-change';

type Props = { id: number; canManage: boolean; backHref?: string; membersHref?: string };

export function BranchDetail({ id, canManage, backHref, membersHref }: Props) {
  const { t } = useTranslation();
  const branch = useBranch(id);
  const [editing, setEditing] = useState(false);
  const confirmStatusChange = useConfirmStatusChange();

  if (branch.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (branch.isError) {
    const notFound = branch.error instanceof ApiError && branch.error.status === 404;
    return (
      <ErrorState
        title={notFound ? t('branches.notFound') : t('branches.loadFailed')}
        error={branch.error}
        onRetry={notFound ? undefined : () => void branch.refetch()}
      />
    );
  }
  const b = branch.data;
  const none = t('common.none');
  return (
    <section aria-labelledby="branch-title">
      {backHref && (
        <Link to={backHref} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
          <ArrowLeftOutlined aria-hidden />
          {t('branches.backToList')}
        </Link>
      )}
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={8}>
          <div>
            <Typography.Title level={1} id="branch-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
              {b.name}
            </Typography.Title>
            <BranchStatusTag status={b.status} />
            {membersHref && (
              <Link to={membersHref} style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44, marginInlineStart: 12 }}>
                {t('members.view')}
              </Link>
            )}
          </div>
          {canManage && (
            <Flex gap={8} wrap className="cx-no-print">
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              <Button danger={b.status === 'ACTIVE'} onClick={() => confirmStatusChange(b)}>
                {b.status === 'ACTIVE' ? t('branches.archive') : t('branches.restore')}
              </Button>
            </Flex>
          )}
        </Flex>
        <Descriptions
          style={{ marginTop: 16 }}
          column={{ xs: 1, sm: 1, md: 2 }}
          bordered
          size="small"
          items={[
            { key: 'code', label: t('branches.field.code'), children: b.code },
            { key: 'kind', label: t('branches.field.kind'), children: t(`branches.kind.${b.kind}`) },
            { key: 'organisation', label: t('organisations.belongsTo'), children: b.organisation.name },
            { key: 'workUnit', label: t('branches.field.workUnit'), children: b.workUnit ?? none },
            {
              key: 'establishedOn',
              label: t('branches.field.establishedOn'),
              children: b.establishedOn ? formatDate(b.establishedOn) : none,
            },
            { key: 'memberCount', label: t('branches.field.memberCount'), children: b.memberCount },
            { key: 'chairName', label: t('branches.field.chairName'), children: b.chairName ?? none },
            { key: 'contactPhone', label: t('branches.field.contactPhone'), children: b.contactPhone ?? none },
            { key: 'contactEmail', label: t('branches.field.contactEmail'), children: b.contactEmail ?? none },
            { key: 'liaisonPartyOrg', label: t('branches.field.liaisonPartyOrg'), children: b.liaisonPartyOrg ?? none },
            { key: 'address', label: t('branches.field.address'), children: b.address ?? none },
            {
              key: 'updatedAt',
              label: t('branches.field.updatedAt'),
              children: b.updatedAt ? formatDateTime(b.updatedAt) : none,
            },
          ]}
        />
      </Card>
      {canManage && <BranchFormDrawer open={editing} branch={b} onClose={() => setEditing(false)} />}
    </section>
  );
}
