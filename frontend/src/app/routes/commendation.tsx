// Commendation and feedback screens, one chunk: staff's desk, the lists, and the feedback reports.
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { CampaignDesk } from '@/features/commendation/components/campaign-desk';
import { CommendationCampaigns } from '@/features/commendation/components/commendation-campaigns';
import { FeedbackPage } from '@/features/commendation/components/feedback-page';
import { ListWorkflow } from '@/features/commendation/components/list-workflow';
import { MyFeedback } from '@/features/commendation/components/my-feedback';
import { PublishedList } from '@/features/commendation/components/published-list';
import { PublishedLists } from '@/features/commendation/components/published-lists';
import { BranchRecommendationResults } from '@/features/recommendations/components/branch-recommendation-results';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

/** Staff pick a campaign to work on; leaders and branches read the published lists. */
export function CommendationRoute() {
  const access = accessOf(useSession());
  if (!access.canSeeCommendation) return <Navigate to={paths.home.href()} replace />;
  if (access.canManageCommendation) return <CommendationCampaigns deskHref={(id) => paths.commendationCampaign.href(id)} />;
  return <PublishedLists listHref={paths.commendationList.href} />;
}

export function CommendationCampaignRoute() {
  const access = accessOf(useSession());
  const campaignId = Number(useParams().campaignId);
  if (!access.canManageCommendation) return <Navigate to={paths.commendation.href()} replace />;
  if (!Number.isInteger(campaignId) || campaignId <= 0) return <Navigate to={paths.commendation.href()} replace />;
  return (
    <CampaignDesk
      key={campaignId}
      campaignId={campaignId}
      hrefs={{ back: paths.commendation.href(), list: paths.commendationList.href, report: paths.staffFeedbackReport.href }}
    />
  );
}

/** Staff work a list through its stages; everyone else reads it once published. */
export function CommendationListRoute() {
  const session = useSession();
  const access = accessOf(session);
  const id = Number(useParams().id);
  if (!access.canSeeCommendation) return <Navigate to={paths.home.href()} replace />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to={paths.commendation.href()} replace />;
  if (access.canManageCommendation)
    return (
      <ListWorkflow key={id} id={id} hrefs={{ campaign: (c) => paths.commendationCampaign.href(c), list: paths.commendationList.href }} />
    );
  return (
    <PublishedList
      key={id}
      id={id}
      ownBranchId={access.isBranch ? session?.branchId : null}
      hrefs={{ back: paths.commendation.href(), list: paths.commendationList.href }}
      commendedExtra={(campaignId) => <BranchRecommendationResults campaignId={campaignId} enabled />}
    />
  );
}

export function FeedbackRoute() {
  const access = accessOf(useSession());
  if (!access.canSeeOwnFeedback) return <Navigate to={paths.home.href()} replace />;
  return <MyFeedback reportHref={paths.feedbackReport.href} />;
}

/** Staff edit and release; a branch reads its own released report; leaders read released ones. */
export function FeedbackReportRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const access = accessOf(session);
  const id = Number(useParams().id);
  if (!access.canSeeCommendation) return <Navigate to={paths.home.href()} replace />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to={paths.home.href()} replace />;
  if (access.canManageCommendation)
    return (
      <FeedbackPage
        key={id}
        id={id}
        canEdit
        backHref={(campaignId) => paths.commendationCampaign.href(campaignId, 'feedback')}
        backLabel={t('commendation.backToCampaign')}
      />
    );
  return (
    <FeedbackPage
      key={id}
      id={id}
      canEdit={false}
      ownBranchId={access.isBranch ? session?.branchId : null}
      backHref={() => (access.isBranch ? paths.feedback.href() : paths.commendation.href())}
      backLabel={access.isBranch ? t('feedback.mine') : t('commendation.title')}
    />
  );
}
