import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useMemo } from 'react';
import { useLargeText } from '@/lib/preferences';

// ECharts is several hundred KB: it is fetched the first time a chart is drawn, never with the sign-in page.
const EChart = lazy(() => import('./echart'));

export type ChartOption = EChartsCoreOption;
export type ChartText = { fontSize: number; color: string; lineHeight: number };

/** Text sizes for charts: larger in large-text mode, like the rest of the page. */
export function useChartText(): ChartText {
  const large = useLargeText();
  return useMemo(() => ({ fontSize: large ? 16 : 13, color: '#3d4650', lineHeight: large ? 22 : 18 }), [large]);
}

/** A chart drawn on demand; `label` says in words what it shows (screen readers get no canvas). */
export function Chart({ option, label, height, testId }: { option: ChartOption; label: string; height: number; testId?: string }) {
  return (
    <Suspense
      fallback={
        <div style={{ height }}>
          <Skeleton active />
        </div>
      }
    >
      <EChart option={option} label={label} height={height} testId={testId} />
    </Suspense>
  );
}
