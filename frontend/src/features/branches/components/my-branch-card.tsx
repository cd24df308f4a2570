import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ButtonLink, Card, Skeleton } from '@/components/plain';
import { useBranch } from '../api/get-branch';
import { BranchStatusTag } from './branch-status-tag';

/** A branch chair's own organisation, on their home page. */
export function MyBranchCard({ branchId, detailHref }: { branchId: number; detailHref: string }) {
  const { t } = useTranslation();
  const branch = useBranch(branchId);
  if (branch.isPending) return <Skeleton />;
  if (branch.isError) return <ErrorState title={t('branches.loadFailed')} error={branch.error} onRetry={() => void branch.refetch()} />;
  const b = branch.data;
  const facts = [
    [t('branches.field.kind'), t(`branches.kind.${b.kind}`)],
    [t('branches.field.chairName'), b.chairName ?? t('common.none')],
    [t('branches.field.memberCount'), b.memberCount],
    [t('branches.field.workUnit'), b.workUnit ?? t('common.none')],
  ] as const;
  return (
    <Card
      title={t('home.myBranch')}
      extra={<BranchStatusTag status={b.status} />}
      footer={
        <ButtonLink to={detailHref} link>
          {t('home.viewBranch')}
        </ButtonLink>
      }
    >
      <p style={{ fontSize: '1.25em', fontWeight: 600, margin: '0 0 12px' }} data-testid="my-branch-name">
        {b.name}
      </p>
      <dl className="cx-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
