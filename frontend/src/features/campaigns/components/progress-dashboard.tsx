import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { useCampaign } from '../api/get-campaign';
import { useLiveCampaign } from '../api/get-campaigns';
import { useCampaignProgress } from '../api/progress';
import { formatDate } from './format';
import { ProgressChart, useProgressChartLabels } from './progress-chart';
import { lateDeliverables, localToday } from './progress-figures';

function Board({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const progress = useCampaignProgress(campaignId);
  const labels = useProgressChartLabels();
  if (progress.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (progress.isError)
    return <ErrorState title={t('progress.loadFailed')} error={progress.error} onRetry={() => void progress.refetch()} />;
  const phases = progress.data.phases;
  if (phases.length === 0) return <Empty description={t('campaigns.phase.empty')} />;
  const rows = lateDeliverables(progress.data, localToday());
  return (
    <>
      <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('progress.chartTitle')}</h2>}>
        <ProgressChart phases={phases} />
        <ScrollRegion label={t('progress.chartTitle')}>
          <Table
            size="small"
            rowKey="phaseId"
            pagination={false}
            style={{ marginTop: 8 }}
            dataSource={phases}
            columns={[
              { title: t('progress.phase'), dataIndex: 'name' },
              ...(['accepted', 'submitted', 'returned', 'draft', 'missing', 'late'] as const).map((s) => ({
                title: s === 'late' ? t('deliverables.late') : labels.states[s],
                key: s,
                align: 'right' as const,
                render: (_: unknown, p: (typeof phases)[number]) => p.totals[s],
              })),
            ]}
          />
        </ScrollRegion>
      </Card>
      <Card size="small" style={{ marginTop: 16 }} title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('progress.lateTitle')}</h2>}>
        {rows.length === 0 ? (
          <Empty description={t('progress.lateEmpty')} />
        ) : (
          <ul style={{ paddingLeft: 20, margin: 0 }} data-testid="late-list">
            {rows.map((r) => (
              <li key={r.key} style={{ marginBottom: 4 }}>
                <strong>{r.branch}</strong> · {r.type}（{r.phase}，{t('campaigns.phase.deadline', { date: formatDate(r.deadline) })}）{' '}
                <Tag>{t(`progress.state.${r.state}`)}</Tag>
                {r.late && <Tag>{t('deliverables.late')}</Tag>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

/**
 * The committee's progress board: a chart per phase, and what is late or missing.
 * For the live campaign, or for `campaignId` when a dashboard links here about another one.
 */
export function ProgressDashboard({ campaignId }: { campaignId?: number }) {
  const { t } = useTranslation();
  const live = useLiveCampaign();
  const chosen = useCampaign(campaignId);
  const query = campaignId ? chosen : live;
  const campaign = campaignId ? chosen.data : live.data?.items[0];
  let body;
  if (query.isPending) body = <Skeleton active />;
  else if (query.isError)
    body = <ErrorState title={t('campaigns.live.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  else if (!campaign) body = <Empty description={t('campaigns.live.none')} />;
  else body = <Board campaignId={campaign.id} />;
  return (
    <section aria-labelledby="progress-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} id="progress-title" style={{ fontSize: '1.5em', margin: 0 }}>
          {t('progress.title')}
        </Typography.Title>
        {campaign?.id != null && (
          <DownloadButton path={`/api/v1/exports/campaigns/${campaign.id}/progress.xlsx`}>{t('common.exportXlsx')}</DownloadButton>
        )}
      </Flex>
      {campaign && <Typography.Paragraph type="secondary">{campaign.title}</Typography.Paragraph>}
      {body}
    </section>
  );
}
