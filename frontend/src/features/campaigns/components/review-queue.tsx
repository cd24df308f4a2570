import { Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { REVIEW_QUEUE } from '../api/get-deliverables';
import { useLiveCampaign } from '../api/get-campaigns';
import { DeliverableList } from './deliverable-list';

/** The committee's queue: the live campaign's submitted deliverables, oldest first. */
export function ReviewQueue({ detailHref }: { detailHref: (campaignId: number, id: number) => string }) {
  const { t } = useTranslation();
  const live = useLiveCampaign();
  const campaign = live.data?.items[0];
  if (live.isPending) return <Skeleton active />;
  if (live.isError) return <ErrorState title={t('campaigns.live.loadFailed')} error={live.error} onRetry={() => void live.refetch()} />;
  if (!campaign) return <Empty description={t('campaigns.live.none')} />;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: '1.5em', margin: 0 }}>
        {t('deliverables.queueNav')}
      </Typography.Title>
      <Typography.Text type="secondary">{campaign.title}</Typography.Text>
      <DeliverableList
        campaignId={campaign.id}
        query={{ ...REVIEW_QUEUE, sort: 'submittedAt' }}
        title={t('deliverables.queue')}
        emptyText={t('deliverables.queueEmpty')}
        detailHref={detailHref}
      />
    </>
  );
}
