import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { MyBranchCard } from '@/features/branches/components/my-branch-card';
import { BranchCampaignHome } from '@/features/campaigns/components/branch-campaign-home';
import { BranchDueList } from '@/features/campaigns/components/branch-due-list';
import { SelfAssessmentCard } from '@/features/scoring/components/self-assessment-card';

/** A branch chair's home, phone first: what is due (one tap each), then the campaign's timeline, then the branch. */
export function BranchHome({ branchId }: { branchId?: number | null }) {
  const { t } = useTranslation();
  if (!branchId) return <Alert type="warning" showIcon title={t('home.noBranch')} />;
  return (
    <Flex vertical gap={16}>
      <BranchDueList deliverableHref={paths.deliverable.href} showLater={false} />
      <BranchCampaignHome
        branchId={branchId}
        extra={(campaignId) => <SelfAssessmentCard campaignId={campaignId} branchId={branchId} href={paths.selfAssessment.href()} />}
      />
      <MyBranchCard branchId={branchId} detailHref={paths.branch.href(branchId)} />
    </Flex>
  );
}
