import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { PhaseProgress } from '../api/progress';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartLabels = { states: Record<'accepted' | 'submitted' | 'returned' | 'draft' | 'missing', string>; summary: string };

// Dark, distinct colours; the legend and the table beside the chart say the same in words.
const COLORS = ['#1d5c08', '#0b4a8f', '#8a1c1c', '#5b6470', '#b8860b'];
const STATES = ['accepted', 'submitted', 'returned', 'draft', 'missing'] as const;

/** Phase progress across branches as stacked bars; loaded on demand with only the parts of ECharts it uses. */
export default function ProgressChart({ phases, labels }: { phases: PhaseProgress[]; labels: ChartLabels }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      color: COLORS,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: phases.map((p) => p.name), inverse: true },
      series: STATES.map((s) => ({
        name: labels.states[s],
        type: 'bar',
        stack: 'all',
        data: phases.map((p) => p.totals?.[s] ?? 0),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [phases, labels]);
  return <div ref={ref} role="img" aria-label={labels.summary} data-testid="progress-chart" style={{ width: '100%', height: 80 + phases.length * 60 }} />;
}
