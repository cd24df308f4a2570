import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { ErrorState } from '@/components/error-state';
import { useLiveCampaign } from '../api/get-campaigns';
import { useCampaignProgress, type ProgressState } from '../api/progress';
import { formatDate } from './format';

const ProgressChart = lazy(() => import('./progress-chart'));

type Row = { key: string; branch: string; type: string; phase: string; deadline?: string; state: ProgressState; late: boolean };

function Board({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const progress = useCampaignProgress(campaignId);
  const labels = useMemo(
    () => ({
      states: {
        accepted: t('progress.state.ACCEPTED'),
        submitted: t('progress.state.SUBMITTED'),
        returned: t('progress.state.RETURNED'),
        draft: t('progress.state.DRAFT'),
        missing: t('progress.state.MISSING'),
      },
      summary: t('progress.chartSummary'),
    }),
    [t],
  );
  if (progress.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (progress.isError) return <ErrorState title={t('progress.loadFailed')} error={progress.error} onRetry={() => void progress.refetch()} />;
  const phases = progress.data.phases ?? [];
  if (phases.length === 0) return <Empty description={t('campaigns.phase.empty')} />;
  const typeName = new Map(phases.flatMap((p) => (p.requiredTypes ?? []).map((ty) => [ty.typeId, ty.name] as const)));
  const phaseOf = new Map(phases.map((p) => [p.phaseId, p]));
  const today = new Date().toISOString().slice(0, 10);
  const rows: Row[] = (progress.data.branches?.items ?? []).flatMap((b) =>
    (b.cells ?? [])
      .filter((c) => {
        const phase = phaseOf.get(c.phaseId);
        const overdue = c.state === 'MISSING' && phase?.endsOn != null && phase.endsOn < today;
        return c.late || overdue;
      })
      .map((c) => ({
        key: `${b.branchId}-${c.typeId}`,
        branch: b.name ?? '',
        type: typeName.get(c.typeId) ?? '',
        phase: phaseOf.get(c.phaseId)?.name ?? '',
        deadline: phaseOf.get(c.phaseId)?.endsOn,
        state: c.state ?? 'MISSING',
        late: Boolean(c.late),
      })),
  );
  return (
    <>
      <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('progress.chartTitle')}</h2>}>
        <Suspense fallback={<Skeleton active />}>
          <ProgressChart phases={phases} labels={labels} />
        </Suspense>
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
              render: (_: unknown, p: (typeof phases)[number]) => p.totals?.[s] ?? 0,
            })),
          ]}
        />
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

/** The committee's progress board for the live campaign: a chart per phase, and what is late or missing. */
export function ProgressDashboard() {
  const { t } = useTranslation();
  const live = useLiveCampaign();
  const campaign = live.data?.items[0];
  let body;
  if (live.isPending) body = <Skeleton active />;
  else if (live.isError) body = <ErrorState title={t('campaigns.live.loadFailed')} error={live.error} onRetry={() => void live.refetch()} />;
  else if (!campaign) body = <Empty description={t('campaigns.live.none')} />;
  else body = <Board campaignId={campaign.id ?? 0} />;
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
