import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { OWN_DELIVERABLES, useBranchDue } from '@/features/campaigns/api/branch-due';
import { BranchDueList } from '@/features/campaigns/components/branch-due-list';
import { DeliverableList } from '@/features/campaigns/components/deliverable-list';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

/** 材料: what the branch has to hand in (start any of it here) and everything it has written. */
export function MaterialsRoute() {
  const { t } = useTranslation();
  const access = accessOf(useSession());
  const due = useBranchDue(access.isBranch);
  if (!access.isBranch) return <Navigate to={paths.home.href()} replace />;
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={1} style={{ fontSize: '1.5em', margin: 0 }}>
        {t('deliverables.materials')}
      </Typography.Title>
      <BranchDueList deliverableHref={paths.deliverable.href} />
      {due.campaignId > 0 && (
        <DeliverableList
          campaignId={due.campaignId}
          query={OWN_DELIVERABLES}
          title={t('deliverables.mine')}
          emptyText={t('deliverables.mineEmpty')}
          detailHref={paths.deliverable.href}
        />
      )}
    </Flex>
  );
}
