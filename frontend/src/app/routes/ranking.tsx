import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { CampaignScope } from '@/features/campaigns/components/campaign-scope';
import { RankingBoard } from '@/features/scoring/components/ranking-tiles';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

/** A campaign's ranking: the newest published one first; staff see unpublished results marked provisional. */
export function RankingRoute() {
  const { t } = useTranslation();
  const access = accessOf(useSession());
  if (!access.canSeeRanking) return <Navigate to={paths.home.href()} replace />;
  return (
    <section aria-labelledby="ranking-title">
      <Typography.Title level={1} id="ranking-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('ranking.title')}
      </Typography.Title>
      <CampaignScope prefer="published" label={t('ranking.campaign')}>
        {(campaign) => <RankingBoard key={campaign.id} campaignId={campaign.id} />}
      </CampaignScope>
    </section>
  );
}
