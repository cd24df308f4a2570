import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useAllQuotas } from '../api/get-quotas';
import { useRecommendationRound } from '../api/get-round';
import { NoticeSection } from './notice-section';
import { QuotaTable } from './quota-table';
import { ReceivedList } from './received-list';
import { RecommendationDrawer } from './recommendation-drawer';
import { RoundSummary } from './round-summary';
import { committeeToday } from './round-rules';
import { SentSection } from './sent-section';

const subheading = { fontSize: '1em', margin: '0 0 8px' } as const;

/**
 * 推荐上报 of one campaign, top to bottom: where the level's round stands (at the top, the decision); 向上推荐 when
 * the campaign adopts one above (its quota from there and the candidates it sent); 下级推荐 when organisations below
 * take part (their quotas and what they sent, for review); and the level's notice. `canManage` (ADMIN, campaign not
 * closed) allows the writes; `today` is the committee's day, against which the notice's days are judged.
 */
export type RecommendationsPanelProps = { campaign: Campaign; canManage: boolean; today?: string };

export function RecommendationsPanel({ campaign, canManage, today = committeeToday() }: RecommendationsPanelProps) {
  const { t } = useTranslation();
  const round = useRecommendationRound(campaign.id);
  const quotas = useAllQuotas(campaign.id);
  const [opened, setOpened] = useState<number | null>(null);

  if (round.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (round.isError) return <ErrorState title={t('recommendations.loadFailed')} error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;
  const sends = campaign.adoptedFrom != null;
  // Organisations below: some adopted the campaign, or the quota list names some (or could not be read: its error shows).
  const receives = campaign.adoptions > 0 || (quotas.data?.length ?? 0) > 0 || quotas.isError;
  const receivesKnown = receives || quotas.isSuccess;
  const announced = r.status !== 'COLLECTING';

  if (!sends && receivesKnown && !receives && !announced)
    return (
      <Flex vertical gap={16} data-testid="recommendations">
        <Empty description={t('recommendations.nothing')} />
      </Flex>
    );

  let quotaBody;
  if (quotas.isPending) quotaBody = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (quotas.isError)
    quotaBody = <ErrorState title={t('recommendations.loadFailed')} error={quotas.error} onRetry={() => void quotas.refetch()} />;
  else
    quotaBody = (
      <QuotaTable
        campaignId={campaign.id}
        quotas={quotas.data}
        canManage={canManage}
        loading={quotas.isFetching}
        onReload={() => quotas.refetch()}
      />
    );

  return (
    <Flex vertical gap={16} data-testid="recommendations">
      <RoundSummary round={r} showCounts={receives || announced} />
      {sends && <SentSection campaign={campaign} round={r} canManage={canManage} onOpen={(x) => setOpened(x.id)} />}
      {!receivesKnown && <Skeleton active paragraph={{ rows: 3 }} />}
      {receives && (
        <Card
          size="small"
          title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('recommendations.received.heading')}</h2>}
          data-testid="recommendations-received"
        >
          <Flex vertical gap={16}>
            {canManage && <Typography.Text type="secondary">{t('recommendations.received.hint')}</Typography.Text>}
            <section aria-labelledby="quota-heading">
              <h3 id="quota-heading" style={subheading}>
                {t('recommendations.received.quotaHeading')}
              </h3>
              {quotaBody}
            </section>
            <section aria-labelledby="received-heading">
              <h3 id="received-heading" style={subheading}>
                {t('recommendations.received.listHeading')}
              </h3>
              <ReceivedList campaignId={campaign.id} round={r} canManage={canManage} today={today} onOpen={(x) => setOpened(x.id)} />
            </section>
          </Flex>
        </Card>
      )}
      {(receives || announced) && (
        <NoticeSection campaign={campaign} round={r} canManage={canManage} today={today} onReload={() => round.refetch()} />
      )}
      {opened != null && (
        <RecommendationDrawer
          id={opened}
          campaignId={campaign.id}
          round={r}
          canManage={canManage}
          today={today}
          onClose={() => setOpened(null)}
        />
      )}
    </Flex>
  );
}
