import { useTranslation } from 'react-i18next';
import type { AlertDetail } from '../../../../src/contract/alerts.ts';
import { findIndicator } from '../../../../src/core/detect/catalogue.ts';
import { CHART_COLORS, Chart } from '../../ui/Chart.tsx';
import { formatDate, formatNumber, formatPercent } from '../../ui/format.ts';
import { indicatorLabel } from './describe-alert.ts';

type Point = AlertDetail['explanation']['series'][number];

/** Rates (binomial indicators) as percentages, everything else as numbers. */
function valueFormatter(indicator: string): (value: number | null) => string {
  const isRate = findIndicator(indicator)?.family === 'binomial';
  return (value) => (value === null ? '–' : isRate ? formatPercent(value) : formatNumber(value, 1));
}

function bandWidth(point: Point): number | null {
  return point.lower === null || point.upper === null ? null : point.upper - point.lower;
}

/** The alerting indicator by week: observed, expected, the usual band from history and the alarm point. */
export function IndicatorChart({ alert }: { alert: AlertDetail }) {
  const { t, i18n } = useTranslation('alerts');
  const { series, alarmWeek } = alert.explanation;
  const format = valueFormatter(alert.indicator);
  const label = indicatorLabel(alert.indicator, i18n.language);
  const weeks = series.map((point) => point.weekStart);
  const last = series.at(-1);
  const alarmPoint = series.find((point) => point.weekStart === alarmWeek);
  // A forecast gap plots a leading indicator of its scope, which need not have alarmed: then no alarm is shown.
  const summary = t(alarmPoint ? 'chartSummary' : 'chartSummaryNoAlarm', {
    indicator: label,
    observed: format(last?.observed ?? null),
    expected: format(last?.expected ?? null),
    alarm: alarmWeek ? formatDate(alarmWeek) : '–',
  });
  const legend = [t('observed'), t('expected'), t('band'), ...(alarmPoint ? [t('alarm')] : [])];
  const hidden = { opacity: 0 };
  return (
    <Chart
      summary={summary}
      height={280}
      option={{
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0, left: 0, data: legend },
        tooltip: {
          trigger: 'axis',
          formatter: (items) => {
            const index = (Array.isArray(items) ? items[0] : items)?.dataIndex ?? 0;
            const point = series[index];
            if (!point) return '';
            return [
              formatDate(point.weekStart),
              `${t('observed')}: ${format(point.observed)}`,
              `${t('expected')}: ${format(point.expected)}`,
              `${t('band')}: ${format(point.lower)} – ${format(point.upper)}`,
            ].join('<br/>');
          },
        },
        xAxis: {
          type: 'category',
          data: weeks,
          axisLabel: { formatter: (value: string) => formatDate(value), hideOverlap: true },
        },
        yAxis: {
          type: 'value',
          scale: true,
          axisLabel: { formatter: (value: number) => format(value) },
          splitLine: { lineStyle: { color: '#eef1f4' } },
        },
        series: [
          {
            name: 'lower',
            type: 'line',
            stack: 'band',
            symbol: 'none',
            lineStyle: hidden,
            data: series.map((point) => point.lower),
            tooltip: { show: false },
          },
          {
            name: t('band'),
            type: 'line',
            stack: 'band',
            symbol: 'none',
            lineStyle: hidden,
            itemStyle: { color: CHART_COLORS.band },
            areaStyle: { color: CHART_COLORS.band },
            data: series.map(bandWidth),
          },
          {
            name: t('expected'),
            type: 'line',
            symbol: 'none',
            lineStyle: { type: 'dashed', color: CHART_COLORS.accent },
            itemStyle: { color: CHART_COLORS.accent },
            data: series.map((point) => point.expected),
          },
          {
            name: t('observed'),
            type: 'line',
            symbolSize: 5,
            lineStyle: { color: CHART_COLORS.primary, width: 2 },
            itemStyle: { color: CHART_COLORS.primary },
            data: series.map((point) => point.observed),
          },
          {
            name: t('alarm'),
            type: 'scatter',
            symbolSize: 14,
            itemStyle: { color: CHART_COLORS.target },
            data: alarmPoint ? [[alarmPoint.weekStart, alarmPoint.observed]] : [],
            markLine: alarmWeek
              ? {
                  symbol: 'none',
                  label: { show: false },
                  lineStyle: { color: CHART_COLORS.target, type: 'dotted' },
                  data: [{ xAxis: alarmWeek }],
                }
              : undefined,
          },
        ],
      }}
    />
  );
}
