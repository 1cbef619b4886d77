import { useTranslation } from 'react-i18next';
import type { AlertDetail } from '../../../../src/contract/alerts.ts';
import { CHART_COLORS, Chart } from '../../ui/Chart.tsx';
import { formatDate, formatMoney, formatNumber } from '../../ui/format.ts';

type Waterfall = NonNullable<AlertDetail['explanation']['waterfall']>;

/** The steps of start + created + progressed − regressed − won − lost − slipped = end, signed. */
const STEPS = [
  { key: 'created', sign: 1 },
  { key: 'progressed', sign: 1 },
  { key: 'regressed', sign: -1 },
  { key: 'won', sign: -1 },
  { key: 'lost', sign: -1 },
  { key: 'slipped', sign: -1 },
] as const;

interface Bar {
  key: string;
  base: number;
  size: number;
  color: string;
}

function toBars(waterfall: Waterfall): Bar[] {
  const bars: Bar[] = [{ key: 'start', base: 0, size: waterfall.start, color: CHART_COLORS.primary }];
  let level = waterfall.start;
  for (const step of STEPS) {
    const delta = step.sign * Math.abs(waterfall[step.key]);
    const next = level + delta;
    bars.push({
      key: step.key,
      base: Math.min(level, next),
      size: Math.abs(delta),
      color: delta >= 0 ? CHART_COLORS.accent : CHART_COLORS.target,
    });
    level = next;
  }
  bars.push({ key: 'end', base: 0, size: waterfall.end, color: CHART_COLORS.primary });
  return bars;
}

/** Pipeline waterfall of the alert's scope over its window (DESIGN §4), with a text equivalent. */
export function WaterfallChart({ waterfall, currency }: { waterfall: Waterfall; currency: string }) {
  const { t } = useTranslation('alerts');
  const format = (value: number) =>
    waterfall.unit === 'cents' ? formatMoney(value, currency, { compact: true }) : formatNumber(value);
  const bars = toBars(waterfall);
  const summary = t('waterfallSummary', {
    start: format(waterfall.start),
    created: format(waterfall.created),
    won: format(waterfall.won),
    lost: format(waterfall.lost),
    slipped: format(waterfall.slipped),
    end: format(waterfall.end),
  });
  const scale = waterfall.unit === 'cents' ? 100 : 1;
  return (
    <div>
      <h3 className="why-heading">
        {t('waterfallTitle', { from: formatDate(waterfall.from), to: formatDate(waterfall.to) })}
      </h3>
      <Chart
        summary={summary}
        height={240}
        option={{
          grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
          tooltip: {
            trigger: 'axis',
            formatter: (items) => {
              const index = (Array.isArray(items) ? items[0] : items)?.dataIndex ?? 0;
              const bar = bars[index];
              return bar ? `${t(`waterfall.${bar.key}`)}: ${format(bar.size)}` : '';
            },
          },
          xAxis: {
            type: 'category',
            data: bars.map((bar) => t(`waterfall.${bar.key}`)),
            axisLabel: { interval: 0, rotate: 30, fontSize: 11 },
          },
          yAxis: {
            type: 'value',
            axisLabel: { formatter: (value: number) => format(value * scale) },
            splitLine: { lineStyle: { color: '#eef1f4' } },
          },
          series: [
            {
              type: 'bar',
              stack: 'waterfall',
              itemStyle: { color: 'transparent' },
              data: bars.map((bar) => bar.base / scale),
            },
            {
              type: 'bar',
              stack: 'waterfall',
              barMaxWidth: 36,
              data: bars.map((bar) => ({ value: bar.size / scale, itemStyle: { color: bar.color } })),
            },
          ],
        }}
      />
    </div>
  );
}
