import { Button, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { paths } from '@/config/paths';
import { useActiveCampaign } from '@/features/campaigns/api/get-campaigns';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

/** The menu's way into assessment: the running campaign's scoring results (its assignments are one tab away). */
export function AssessmentRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = accessOf(useSession());
  const campaign = useActiveCampaign();
  if (!access.canAssess) return <Navigate to={paths.home.href()} replace />;
  if (campaign.data?.id) return <Navigate to={paths.campaignResults.href(campaign.data.id)} replace />;
  let body;
  if (campaign.isPending) body = <Skeleton active />;
  else if (campaign.isError)
    body = <ErrorState title={t('assessment.loadFailed')} error={campaign.error} onRetry={() => void campaign.refetch()} />;
  else
    body = (
      <Empty description={t('assessment.noCampaign')}>
        <Button type="primary" onClick={() => void navigate(paths.campaigns.href())}>
          {t('assessment.goCampaigns')}
        </Button>
      </Empty>
    );
  return (
    <section aria-labelledby="assessment-title">
      <Typography.Title level={1} id="assessment-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('assessment.nav')}
      </Typography.Title>
      {body}
    </section>
  );
}
