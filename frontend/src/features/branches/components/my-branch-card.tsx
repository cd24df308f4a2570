import { Button, Card, Descriptions, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useBranch } from '../api/get-branch';
import { BranchStatusTag } from './branch-status-tag';

/** A branch chair's own organisation, first thing on their home page. */
export function MyBranchCard({ branchId, detailHref }: { branchId: number; detailHref: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const branch = useBranch(branchId);
  if (branch.isPending) return <Skeleton active />;
  if (branch.isError) return <ErrorState title={t('branches.loadFailed')} error={branch.error} onRetry={() => void branch.refetch()} />;
  const b = branch.data;
  return (
    <Card
      title={t('home.myBranch')}
      extra={<BranchStatusTag status={b.status} />}
      actions={[
        <Button key="view" type="link" onClick={() => void navigate(detailHref)} style={{ minHeight: 44 }}>
          {t('home.viewBranch')}
        </Button>,
      ]}
    >
      <p style={{ fontSize: '1.25em', fontWeight: 600, margin: '0 0 12px' }} data-testid="my-branch-name">
        {b.name}
      </p>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'kind', label: t('branches.field.kind'), children: t(`branches.kind.${b.kind}`) },
          { key: 'chair', label: t('branches.field.chairName'), children: b.chairName ?? t('common.none') },
          { key: 'members', label: t('branches.field.memberCount'), children: b.memberCount },
          { key: 'unit', label: t('branches.field.workUnit'), children: b.workUnit ?? t('common.none') },
        ]}
      />
    </Card>
  );
}
