import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Tile, tileState, type TileState } from '@/components/dashboard-tile';
import { TileLink } from '@/components/tile-link';
import { isNotPublished, useRanking, type ResultPage } from '../api/list-results';
import { RankingChart } from './ranking-chart';
import { rankingLines, topOfRanking } from './ranking-lines';
import { RankingList } from './ranking-list';

const TOP = 5;

/** A ranking query's state for a tile: results not yet published are an empty state, not an error. */
function rankingState(query: { isPending: boolean; isError: boolean; error: unknown }, isEmpty: () => boolean): TileState {
  if (query.isError && isNotPublished(query.error)) return 'empty';
  return tileState(query, isEmpty);
}

/** Staff see results before they are published: say that they are provisional and seen by the committee only. */
function ProvisionalNote({ page }: { page: ResultPage }) {
  const { t } = useTranslation();
  if (page.resultsStatus === 'PUBLISHED') return null;
  return (
    <Alert
      type="info"
      showIcon
      icon={<InfoCircleOutlined />}
      title={t(`ranking.provisional.${page.resultsStatus}`)}
      style={{ marginBottom: 8 }}
      data-testid="ranking-provisional"
    />
  );
}

/**
 * The top of the campaign's ranking, with the way to the whole of it. `unpublished`: the caller already knows the
 * results are not published to this reader, so nothing is asked that would only be refused.
 */
export function RankingTopTile({
  campaignId,
  rankingHref,
  unpublished = false,
}: {
  campaignId: number;
  rankingHref: string;
  unpublished?: boolean;
}) {
  const { t } = useTranslation();
  const ranking = useRanking(campaignId, TOP, !unpublished);
  const top = useMemo(() => (ranking.data ? topOfRanking(ranking.data.items, ranking.data.total, TOP) : undefined), [ranking.data]);
  const notPublished = unpublished || isNotPublished(ranking.error);
  return (
    <Tile
      testId="tile-ranking"
      title={t('ranking.topTitle', { count: TOP })}
      state={unpublished ? 'empty' : rankingState(ranking, () => (top?.top.length ?? 0) === 0)}
      errorTitle={t('ranking.loadFailed')}
      error={ranking.error}
      onRetry={() => void ranking.refetch()}
      emptyText={notPublished ? t('ranking.notPublished') : t('ranking.noneScored')}
      emptyExtra={notPublished && <TileLink to={rankingHref}>{t('ranking.seePublished')}</TileLink>}
    >
      {() =>
        ranking.data &&
        top && (
          <Flex vertical gap={4}>
            <ProvisionalNote page={ranking.data} />
            <RankingList lines={top.top} />
            {top.unscored != null && top.unscored > 0 && (
              <Typography.Text type="secondary" data-testid="ranking-unscored">
                {t('ranking.unscoredCount', { count: top.unscored })}
              </Typography.Text>
            )}
            <TileLink to={rankingHref} testId="ranking-more">
              {t('ranking.seeAll', { count: ranking.data.total })}
            </TileLink>
          </Flex>
        )
      }
    </Tile>
  );
}

const ALL = 100;

/** The whole ranking of a campaign: the totals as a bar chart, and the ranked list with grades and eligibility. */
export function RankingBoard({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const ranking = useRanking(campaignId, ALL);
  const lines = useMemo(() => rankingLines(ranking.data?.items ?? []), [ranking.data]);
  const scored = lines.filter((l) => l.total != null);
  const common = {
    errorTitle: t('ranking.loadFailed'),
    error: ranking.error,
    onRetry: () => void ranking.refetch(),
  };
  if (isNotPublished(ranking.error)) {
    return (
      <Tile testId="tile-ranking-list" title={t('ranking.listTitle')} state="empty" {...common} emptyText={t('ranking.notPublished')}>
        {() => null}
      </Tile>
    );
  }
  return (
    <Flex vertical gap={16}>
      {ranking.data && <ProvisionalNote page={ranking.data} />}
      <Tile
        testId="tile-ranking-chart"
        title={t('ranking.chartTitle')}
        state={tileState(ranking, () => scored.length === 0)}
        {...common}
        emptyText={t('ranking.noneScored')}
      >
        {() => <RankingChart lines={lines} />}
      </Tile>
      <Tile
        testId="tile-ranking-list"
        title={t('ranking.listTitle')}
        state={tileState(ranking, () => lines.length === 0)}
        {...common}
        emptyText={t('ranking.noneScored')}
      >
        {() => (
          <>
            <RankingList lines={lines} detailed />
            {ranking.data && ranking.data.total > lines.length && (
              <Typography.Text type="secondary">
                {t('ranking.firstOnly', { count: lines.length, total: ranking.data.total })}
              </Typography.Text>
            )}
          </>
        )}
      </Tile>
    </Flex>
  );
}
