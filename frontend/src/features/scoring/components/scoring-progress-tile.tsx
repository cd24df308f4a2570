import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tile, tileState } from '@/components/dashboard-tile';
import { useScoringProgress } from '../api/scoring-progress';

/** Scoresheets submitted against those expected (one per assessor assignment), with drafts and not started. */
export function ScoringProgressTile({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const progress = useScoringProgress(campaignId);
  return (
    <Tile
      testId="tile-scoring"
      title={t('dashboard.scoring.title')}
      state={tileState(progress, () => progress.data?.expected === 0)}
      errorTitle={t('scoring.loadFailed')}
      error={progress.error}
      onRetry={() => void progress.refetch()}
      emptyText={t('dashboard.scoring.empty')}
    >
      {() => {
        const { expected, submitted, drafts } = progress.data ?? { expected: 0, submitted: 0, drafts: 0 };
        const percent = expected ? Math.round((submitted / expected) * 100) : 0;
        return (
          <Flex vertical gap={4}>
            <Typography.Text strong style={{ fontSize: '1.2em' }} data-testid="scoring-submitted">
              {t('dashboard.scoring.submitted', { done: submitted, count: expected })}
            </Typography.Text>
            <Progress percent={percent} aria-label={t('dashboard.scoring.percent', { percent })} />
            <Typography.Text data-testid="scoring-rest">
              {t('dashboard.scoring.rest', { drafts, notStarted: Math.max(0, expected - submitted - drafts) })}
            </Typography.Text>
          </Flex>
        );
      }}
    </Tile>
  );
}
