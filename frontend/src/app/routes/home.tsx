import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { BranchCounts } from '@/features/branches/components/branch-counts';
import { MyBranchCard } from '@/features/branches/components/my-branch-card';
import { BranchCampaignHome } from '@/features/campaigns/components/branch-campaign-home';
import { SelfAssessmentCard } from '@/features/scoring/components/self-assessment-card';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { StaffDashboard, ViewerDashboard } from './home-dashboards';

/** What each role sees first: a branch chair their branch, committee staff and leadership their dashboard. */
export function HomeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const access = accessOf(session);
  if (!session) return null;
  const roles = session.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join('、');
  const dashboard = access.isAdmin ? 'staff' : access.isViewer ? 'viewer' : null;

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: '1.5em', margin: 0 }}>
          {t('home.greeting', { name: session.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.roleLine', { roles })}</Typography.Text>
        {dashboard === 'viewer' && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('dashboard.viewerHint')}</Typography.Paragraph>}
      </div>
      {access.isBranch &&
        (session.branchId ? (
          <>
            <MyBranchCard branchId={session.branchId} detailHref={paths.branch.href(session.branchId)} />
            <BranchCampaignHome
              branchId={session.branchId}
              deliverableHref={paths.deliverable.href}
              extra={(campaignId) => (
                <SelfAssessmentCard campaignId={campaignId} branchId={session.branchId ?? 0} href={paths.selfAssessment.href()} />
              )}
            />
          </>
        ) : (
          <Alert type="warning" showIcon title={t('home.noBranch')} />
        ))}
      {dashboard === 'staff' && <StaffDashboard />}
      {dashboard === 'viewer' && <ViewerDashboard />}
      {!dashboard && access.canListBranches && (
        <>
          <Typography.Title level={2} style={{ fontSize: '1.2em', margin: 0 }}>
            {t('home.staffTitle')}
          </Typography.Title>
          <Typography.Paragraph style={{ margin: 0 }}>{t('home.staffHint')}</Typography.Paragraph>
          <BranchCounts />
          <div>
            <Button type="primary" onClick={() => void navigate(paths.branches.href())}>
              {t('home.goBranches')}
            </Button>
          </div>
        </>
      )}
      {!dashboard && <Alert type="info" showIcon title={t('home.comingSoon')} />}
    </Flex>
  );
}
