import { Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tile, tileState } from '@/components/dashboard-tile';
import { TileLink } from '@/components/tile-link';
import type { Campaign } from '../api/get-campaigns';
import { useReviewQueueCount } from '../api/get-deliverables';
import { useCampaignProgress } from '../api/progress';
import { formatDate } from './format';
import { ProgressChart } from './progress-chart';
import { hasStarted, lateDeliverables, localToday, progressTotals } from './progress-figures';
import { LateTag, ProgressStateTag } from './progress-state-tag';

const hasRequired = (phases: { requiredTypes?: unknown[] }[] | undefined) => (phases ?? []).some((p) => (p.requiredTypes ?? []).length > 0);

/** The campaign at a glance: branches taking part, the current phase, required deliverables accepted, waiting and late. */
export function ProgressFiguresTile({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const progress = useCampaignProgress(campaign.id);
  const queue = useReviewQueueCount(campaign.id);
  const phases = progress.data?.phases ?? [];
  // While loading, the figures' own grid shows with placeholders: the same height as once loaded, so nothing jumps.
  const loading = progress.isPending;
  const state = loading ? 'ready' : tileState(progress, () => phases.length === 0);
  const shown = (value: number | string) => (loading ? '…' : value);
  return (
    <Tile
      testId="tile-figures"
      title={t('dashboard.figures.title')}
      state={state}
      errorTitle={t('progress.loadFailed')}
      error={progress.error}
      onRetry={() => void progress.refetch()}
      emptyText={t('campaigns.phase.empty')}
    >
      {() => {
        const today = localToday();
        const sum = progressTotals(phases, (p) => hasStarted(p, campaign.currentPhaseId, today));
        const current = phases.find((p) => p.phaseId === campaign.currentPhaseId)?.name;
        const figures = [
          { key: 'participants', title: t('dashboard.figures.participants'), value: campaign.participantCount },
          { key: 'phase', title: t('dashboard.figures.currentPhase'), value: shown(current ?? t('dashboard.figures.noCurrentPhase')) },
          {
            key: 'accepted',
            title: t('dashboard.figures.accepted'),
            value: shown(sum.accepted),
            suffix: loading ? undefined : `/ ${sum.required}`,
          },
          // the review queue's own count: every submitted deliverable, not only the required ones
          { key: 'submitted', title: t('dashboard.figures.waiting'), value: queue.count ?? '…' },
          { key: 'late', title: t('dashboard.figures.late'), value: shown(sum.late) },
          { key: 'missing', title: t('dashboard.figures.missing'), value: shown(sum.missing) },
        ];
        return (
          <Row gutter={[12, 12]} aria-busy={loading || queue.isPending} data-testid="figures">
            {figures.map((f) => (
              <Col key={f.key} xs={12} md={8} xl={4} data-testid={`figure-${f.key}`}>
                <Statistic title={f.title} value={f.value} suffix={f.suffix} styles={{ content: { fontSize: '1.5em' } }} />
              </Col>
            ))}
          </Row>
        );
      }}
    </Tile>
  );
}

/** Each phase's required deliverables across branches: a chart, with the same in words beneath. */
export function PhaseProgressTile({ campaignId, boardHref }: { campaignId: number; boardHref?: string }) {
  const { t } = useTranslation();
  const progress = useCampaignProgress(campaignId);
  const phases = progress.data?.phases ?? [];
  return (
    <Tile
      testId="tile-phases"
      title={t('progress.chartTitle')}
      state={tileState(progress, () => !hasRequired(phases))}
      extra={boardHref && <TileLink to={boardHref}>{t('dashboard.toBoard')}</TileLink>}
      errorTitle={t('progress.loadFailed')}
      error={progress.error}
      onRetry={() => void progress.refetch()}
      emptyText={t('dashboard.phases.empty')}
    >
      {() => (
        <>
          <ProgressChart phases={phases} />
          <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }} data-testid="phase-summary">
            {phases.map((p) => {
              const s = progressTotals([p]);
              return (
                <li key={p.phaseId} style={{ marginBottom: 8 }}>
                  <Flex justify="space-between" wrap gap={4}>
                    <Typography.Text strong>{p.name}</Typography.Text>
                    <Typography.Text>
                      {s.required === 0
                        ? t('dashboard.phases.nothingDue')
                        : t('dashboard.phases.accepted', { done: s.accepted, count: s.required })}
                    </Typography.Text>
                  </Flex>
                  {s.required > 0 && (
                    <Progress percent={Math.round((s.accepted / s.required) * 100)} size="small" showInfo={false} aria-hidden />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Tile>
  );
}

const SHORT_LIST = 5;

/** What is late or still missing after its deadline: the counts and the first few, with the way to the full board. */
export function LateDeliverablesTile({
  campaignId,
  currentPhaseId,
  boardHref,
  reviewHref,
}: {
  campaignId: number;
  currentPhaseId?: number | null;
  boardHref: string;
  /** Staff who review deliverables get a way to the queue. */
  reviewHref?: string;
}) {
  const { t } = useTranslation();
  const progress = useCampaignProgress(campaignId);
  const queue = useReviewQueueCount(campaignId);
  const phases = progress.data?.phases ?? [];
  return (
    <Tile
      testId="tile-late"
      title={t('progress.lateTitle')}
      state={tileState(progress, () => !hasRequired(phases))}
      errorTitle={t('progress.loadFailed')}
      error={progress.error}
      onRetry={() => void progress.refetch()}
      emptyText={t('dashboard.phases.empty')}
    >
      {() => {
        const today = localToday();
        const sum = progressTotals(phases, (p) => hasStarted(p, currentPhaseId, today));
        const waiting = queue.count ?? '…';
        const rows = progress.data ? lateDeliverables(progress.data, today) : [];
        return (
          <Flex vertical gap={8}>
            <Typography.Text data-testid="late-counts">
              {t('dashboard.late.counts', { late: sum.late, missing: sum.missing, waiting })}
            </Typography.Text>
            {rows.length === 0 ? (
              <Typography.Text type="secondary">{t('progress.lateEmpty')}</Typography.Text>
            ) : (
              <ul style={{ paddingLeft: 20, margin: 0 }} data-testid="late-short-list">
                {rows.slice(0, SHORT_LIST).map((r) => (
                  <li key={r.key} style={{ marginBottom: 6 }}>
                    <strong>{r.branch}</strong> · {r.type}（{t('campaigns.phase.deadline', { date: formatDate(r.deadline) })}）{' '}
                    <ProgressStateTag state={r.state} />
                    {r.late && <LateTag />}
                  </li>
                ))}
              </ul>
            )}
            <Flex wrap gap={16}>
              <TileLink to={boardHref} testId="late-more">
                {rows.length > SHORT_LIST ? t('dashboard.late.more', { count: rows.length }) : t('dashboard.toBoard')}
              </TileLink>
              {reviewHref && (
                <TileLink to={reviewHref} testId="late-review">
                  {t('dashboard.late.review', { count: queue.count ?? 0 })}
                </TileLink>
              )}
            </Flex>
          </Flex>
        );
      }}
    </Tile>
  );
}
