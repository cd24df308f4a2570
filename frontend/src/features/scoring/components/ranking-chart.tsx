import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, useChartText, type ChartOption, type ChartText } from '@/components/chart';
import type { RankingLine } from './ranking-lines';

/** Horizontal bars of the ranked branches' totals, best at the top; names wrap rather than widen the page. */
export function rankingChartOption(lines: RankingLine[], text: ChartText, pointsLabel: string): ChartOption {
  const ranked = lines.filter((l) => l.total != null);
  const style = { fontSize: text.fontSize, color: text.color };
  return {
    color: ['#1552a8'],
    textStyle: style,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: style },
    grid: { left: 4, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: style, splitNumber: 4 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((l) => l.name),
      axisLabel: { ...style, width: text.fontSize * 6, overflow: 'break', lineHeight: text.lineHeight },
    },
    series: [
      {
        type: 'bar',
        name: pointsLabel,
        data: ranked.map((l) => l.total),
        barMaxWidth: 24,
        label: { show: true, position: 'right', ...style },
      },
    ],
  };
}

/** The ranked branches' totals as a bar chart; the list beside it is the same in words. */
export function RankingChart({ lines }: { lines: RankingLine[] }) {
  const { t } = useTranslation();
  const text = useChartText();
  const option = useMemo(() => rankingChartOption(lines, text, t('ranking.points')), [lines, text, t]);
  const ranked = lines.filter((l) => l.total != null);
  const first = ranked[0];
  const label = t('ranking.chartSummary', { count: ranked.length, first: first?.name ?? '', total: first?.total ?? '' });
  return <Chart option={option} label={label} height={24 + ranked.length * (text.fontSize > 14 ? 52 : 40)} testId="ranking-chart" />;
}
