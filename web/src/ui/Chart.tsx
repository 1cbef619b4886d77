/**
 * ECharts with only the chart types Tandem uses (the full bundle is 1.4 MB). Every chart also gets a text
 * equivalent from its caller (`summary`), for screen readers and for people who prefer numbers.
 */

import type { EChartsOption } from 'echarts';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export const CHART_COLORS = {
  primary: '#1f3a5f',
  accent: '#12907f',
  target: '#b42318',
  muted: '#9aa6b5',
  band: 'rgba(18, 144, 127, 0.15)',
  warning: '#d97706',
};

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

export function Chart({
  option,
  height = 300,
  summary,
}: {
  option: EChartsOption;
  height?: number;
  summary: string;
}) {
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={summary}>
        <ReactEChartsCore
          echarts={echarts}
          option={{
            textStyle: { fontFamily: 'Inter, system-ui, sans-serif' },
            animation: !prefersReducedMotion(),
            animationDuration: 300,
            ...option,
          }}
          style={{ height, width: '100%' }}
          notMerge
          lazyUpdate
        />
      </div>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
