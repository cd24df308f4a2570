import { OrderedListOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { lazyPart } from '@/components/lazy-part';
import { paths } from '@/config/paths';
import { CampaignDetail } from '@/features/campaigns/components/campaign-detail';
import type { RecommendationsPanelProps } from '@/features/recommendations/components/recommendations-panel';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

// The recommendations tab comes with its own code when first opened; the campaign's first screen stays light.
const RecommendationsPanel = lazyPart<RecommendationsPanelProps>(() =>
  import('@/features/recommendations/components/recommendations-panel').then((m) => ({ default: m.RecommendationsPanel })),
);

/** Links styled as buttons, tall enough to tap. */
const linkButton = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 6,
  minHeight: 44,
  padding: '0 16px',
  border: '1px solid #c5ccd6',
  borderRadius: 6,
  background: '#fff',
};

export function CampaignRoute() {
  const { t } = useTranslation();
  const access = accessOf(useSession());
  const navigate = useNavigate();
  const id = Number(useParams().id);
  if (!access.canListCampaigns) return <Navigate to={paths.home.href()} replace />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to={paths.campaigns.href()} replace />;
  return (
    <CampaignDetail
      key={id}
      id={id}
      canManage={access.canManageCampaigns}
      canSeeAdoptions={access.canSeeAdoptions}
      onCopied={(copy) => void navigate(paths.campaign.href(copy.id))}
      recommendations={(campaign, canManage) => (
        <RecommendationsPanel
          campaign={campaign}
          canManage={canManage}
          fallback={<Skeleton active paragraph={{ rows: 6 }} />}
          failed={<Alert type="error" showIcon role="alert" title={t('recommendations.loadFailed')} />}
        />
      )}
      links={
        access.canAssess && (
          <>
            <Link to={paths.campaignAssignments.href(id)} style={linkButton}>
              <TeamOutlined aria-hidden /> {t('assessment.assignmentsTitle')}
            </Link>
            <Link to={paths.campaignResults.href(id)} style={linkButton}>
              <OrderedListOutlined aria-hidden /> {t('assessment.resultsTitle')}
            </Link>
          </>
        )
      }
    />
  );
}
