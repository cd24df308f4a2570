import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, useChartText, type ChartOption } from '@/components/chart';
import type { PhaseProgress } from '../api/progress';

export const PROGRESS_STATES = ['accepted', 'submitted', 'returned', 'draft', 'missing'] as const;
export type ProgressStateKey = (typeof PROGRESS_STATES)[number];
export type ChartLabels = { states: Record<ProgressStateKey, string>; summary: string };

// Dark, distinct colours; the legend and the table or figures beside the chart say the same in words.
const COLORS = ['#1d5c08', '#0b4a8f', '#8a1c1c', '#5b6470', '#b8860b'];

/** Stacked bars, one per phase: how many required deliverables are in each state. */
export function progressChartOption(phases: PhaseProgress[], labels: ChartLabels, text: { fontSize: number; color: string }): ChartOption {
  const style = { fontSize: text.fontSize, color: text.color };
  return {
    color: COLORS,
    textStyle: style,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: style },
    legend: { top: 0, textStyle: style },
    grid: { left: 8, right: 16, bottom: 8, top: text.fontSize > 14 ? 64 : 48, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: style },
    yAxis: { type: 'category', data: phases.map((p) => p.name), inverse: true, axisLabel: style },
    series: PROGRESS_STATES.map((s) => ({
      name: labels.states[s],
      type: 'bar',
      stack: 'all',
      data: phases.map((p) => p.totals[s]),
    })),
  };
}

export function useProgressChartLabels(): ChartLabels {
  const { t } = useTranslation();
  return useMemo(
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
}

/** Phase progress across branches as stacked bars; ECharts itself is fetched on demand. */
export function ProgressChart({ phases }: { phases: PhaseProgress[] }) {
  const labels = useProgressChartLabels();
  const text = useChartText();
  const option = useMemo(() => progressChartOption(phases, labels, text), [phases, labels, text]);
  const height = (text.fontSize > 14 ? 110 : 90) + phases.length * 60;
  return <Chart option={option} label={labels.summary} height={height} testId="progress-chart" />;
}
