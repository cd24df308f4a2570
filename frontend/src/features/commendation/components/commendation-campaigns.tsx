import { CheckCircleOutlined, ClockCircleOutlined, TrophyOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { StatusTag } from '@/components/status-tag';
import { useCommendationCampaigns } from '../api/campaigns';
import type { Campaign } from '../api/keys';
import { LinkButton } from './link-button';

export function ResultsStatusTag({ status }: { status: Campaign['resultsStatus'] }) {
  const { t } = useTranslation();
  if (status === 'OPEN')
    return (
      <StatusTag tone="off" icon={<ClockCircleOutlined />}>
        {t('commendation.results.OPEN')}
      </StatusTag>
    );
  return (
    <StatusTag tone="ok" icon={status === 'PUBLISHED' ? <TrophyOutlined /> : <CheckCircleOutlined />}>
      {t(`commendation.results.${status}`)}
    </StatusTag>
  );
}

/** Staff's way in: every campaign, with where its results stand, each leading to its commendation desk. */
export function CommendationCampaigns({ deskHref }: { deskHref: (campaignId: number) => string }) {
  const { t } = useTranslation();
  const campaigns = useCommendationCampaigns();

  let body;
  if (campaigns.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (campaigns.isError)
    body = <ErrorState title={t('commendation.loadFailed')} error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  else if (campaigns.data.length === 0) body = <Empty description={t('commendation.campaignsEmpty')} />;
  else
    body = (
      <List
        dataSource={campaigns.data}
        rowKey={(c) => c.id}
        renderItem={(c) => (
          <List.Item>
            <Card size="small" style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong>{c.title}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">{c.year} </Typography.Text>
                    <ResultsStatusTag status={c.resultsStatus} />
                  </div>
                </div>
                <LinkButton to={deskHref(c.id)} label={`${t('commendation.open')} ${c.title}`}>
                  {t('commendation.open')}
                </LinkButton>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );

  return (
    <section aria-labelledby="commendation-title">
      <Typography.Title level={1} id="commendation-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('commendation.deskTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('commendation.campaignsHint')}</Typography.Paragraph>
      {body}
    </section>
  );
}
