import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { Notice, Skeleton } from '@/components/plain';
import { paths } from '@/config/paths';
import { MyBranchCard } from '@/features/branches/components/my-branch-card';
import { BranchCampaignHome } from '@/features/campaigns/components/branch-campaign-home';
import { BranchDueList } from '@/features/campaigns/components/branch-due-list';
import { BranchRecommendationResults } from '@/features/recommendations/components/branch-recommendation-results';
import { SelfAssessmentCard } from '@/features/scoring/components/self-assessment-card';
import { useBranchHome } from '@/app/use-branch-home';

/**
 * A branch chair's home, phone first: what is due (one tap each), then the campaign's timeline, then the branch. One
 * request brings it all; the parts then read what it brought and show together, so nothing jumps as it loads.
 */
export function BranchHome({ branchId }: { branchId?: number | null }) {
  const { t } = useTranslation();
  const home = useBranchHome(Boolean(branchId));
  if (!branchId) return <Notice icon={<WarningFilled />}>{t('home.noBranch')}</Notice>;
  if (home.isPending) return <Skeleton rows={8} testId="home-loading" />;
  if (home.isError) return <ErrorState title={t('deliverables.loadFailed')} error={home.error} onRetry={() => void home.refetch()} />;
  return (
    <div className="cx-stack">
      <BranchDueList deliverableHref={paths.deliverable.href} showLater={false} />
      <BranchCampaignHome
        branchId={branchId}
        extra={(campaignId, campaign) => (
          <>
            <SelfAssessmentCard campaignId={campaignId} branchId={branchId} href={paths.selfAssessment.href()} />
            {/* Only a campaign that adopts one above can have sent a branch up: no request otherwise. */}
            <BranchRecommendationResults campaignId={campaignId} enabled={campaign.adoptedFrom != null} />
          </>
        )}
      />
      <MyBranchCard branchId={branchId} detailHref={paths.branch.href(branchId)} />
    </div>
  );
}
