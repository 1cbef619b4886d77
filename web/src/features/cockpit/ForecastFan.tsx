import { useTranslation } from 'react-i18next';
import type { ForecastList, ScopeForecast } from '../../../../src/contract/alerts.ts';
import { Card, Stat } from '../../ui/Card.tsx';
import { CHART_COLORS, Chart } from '../../ui/Chart.tsx';
import { formatDate, formatPercent } from '../../ui/format.ts';
import { formatAmount } from '../alerts/describe-alert.ts';

/** A forecast's option in the scope picker: its scope, and the measure when it is not bookings. */
export function optionKey(item: Pick<ScopeForecast, 'scopeKey' | 'measure'>): string {
  return `${item.measure}|${item.scopeKey}`;
}

function useOptionLabel() {
  const { t } = useTranslation('cockpit');
  return (item: ScopeForecast) => {
    const scope = item.scopeKey === '' ? t('forecast.company') : item.scopeLabel;
    return item.measure === 'bookings' ? scope : `${scope} – ${t(`forecast.measure.${item.measure}`)}`;
  };
}

function FanChart({ item, currency }: { item: ScopeForecast; currency: string }) {
  const { t } = useTranslation('cockpit');
  const isMoney = item.measure === 'bookings';
  const scale = isMoney ? 100 : 1;
  const format = (value: number) => formatAmount(value, item.measure, currency);
  const fan = item.fan;
  const hidden = { opacity: 0 };
  const summary = t('forecast.summary', {
    booked: format(item.booked),
    p50: format(item.p50),
    p10: format(item.p10),
    p90: format(item.p90),
    target: format(item.target),
    pMiss: formatPercent(item.pMiss),
  });
  return (
    <Chart
      summary={summary}
      height={300}
      option={{
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        // One line that scrolls on a phone, rather than a second line over the chart's top label; compact so that
        // all four entries fit the cockpit's half-width card on a desktop without paging.
        legend: {
          type: 'scroll',
          top: 0,
          left: 0,
          itemGap: 8,
          itemWidth: 18,
          textStyle: { fontSize: 11 },
          data: [t('forecast.booked'), t('forecast.p50'), t('forecast.band'), t('targetSeries')],
        },
        tooltip: {
          trigger: 'axis',
          formatter: (items) => {
            const index = (Array.isArray(items) ? items[0] : items)?.dataIndex ?? 0;
            const point = fan[index];
            if (!point) return '';
            const lines = [formatDate(point.weekStart)];
            if (point.booked !== null) lines.push(`${t('forecast.booked')}: ${format(point.booked)}`);
            else
              lines.push(
                `${t('forecast.p50')}: ${format(point.p50)}`,
                `${t('forecast.band')}: ${format(point.p10)} – ${format(point.p90)}`,
              );
            lines.push(`${t('targetSeries')}: ${format(item.target)}`);
            return lines.join('<br/>');
          },
        },
        xAxis: {
          type: 'category',
          boundaryGap: false,
          data: fan.map((point) => point.weekStart),
          axisLabel: { formatter: (value: string) => formatDate(value), hideOverlap: true },
        },
        yAxis: {
          type: 'value',
          axisLabel: { formatter: (value: number) => format(value * scale) },
          splitLine: { lineStyle: { color: '#eef1f4' } },
        },
        series: [
          {
            name: 'p10',
            type: 'line',
            stack: 'fan',
            symbol: 'none',
            lineStyle: hidden,
            data: fan.map((point) => (point.booked === null ? point.p10 / scale : null)),
          },
          {
            name: t('forecast.band'),
            type: 'line',
            stack: 'fan',
            symbol: 'none',
            lineStyle: hidden,
            itemStyle: { color: CHART_COLORS.band },
            areaStyle: { color: 'rgba(18, 144, 127, 0.22)' },
            data: fan.map((point) => (point.booked === null ? (point.p90 - point.p10) / scale : null)),
          },
          {
            name: t('forecast.p50'),
            type: 'line',
            symbol: 'none',
            lineStyle: { type: 'dashed', width: 2, color: CHART_COLORS.accent },
            itemStyle: { color: CHART_COLORS.accent },
            data: fan.map((point) => (point.booked === null ? point.p50 / scale : null)),
          },
          {
            name: t('forecast.booked'),
            type: 'line',
            symbolSize: 5,
            lineStyle: { width: 3, color: CHART_COLORS.primary },
            itemStyle: { color: CHART_COLORS.primary },
            data: fan.map((point) => (point.booked === null ? null : point.booked / scale)),
          },
          {
            name: t('targetSeries'),
            type: 'line',
            symbol: 'none',
            lineStyle: { type: 'dashed', color: CHART_COLORS.target },
            itemStyle: { color: CHART_COLORS.target },
            data: fan.map(() => item.target / scale),
          },
        ],
      }}
    />
  );
}

/** Attainment forecast to period end for one scope, chosen in a picker: fan chart and the numbers behind it. */
export function ForecastFan({
  data,
  selected,
  onSelect,
}: {
  data: ForecastList;
  selected: ScopeForecast;
  onSelect: (key: string) => void;
}) {
  const { t } = useTranslation('cockpit');
  const label = useOptionLabel();
  const format = (value: number) => formatAmount(value, selected.measure, data.currency);
  return (
    <Card
      title={t('forecast.title', { period: selected.period })}
      lead={t('forecast.lead')}
      actions={
        <div className="field forecast-picker">
          <label htmlFor="forecast-scope" className="visually-hidden">
            {t('forecast.scope')}
          </label>
          <select
            id="forecast-scope"
            className="input"
            value={optionKey(selected)}
            onChange={(event) => onSelect(event.target.value)}
          >
            {data.items.map((item) => (
              <option key={optionKey(item)} value={optionKey(item)}>
                {label(item)}
              </option>
            ))}
          </select>
        </div>
      }
    >
      <div className="grid grid-3 forecast-stats">
        <Stat
          label={t('forecast.p50')}
          value={format(selected.p50)}
          note={`${t('targetSeries')} ${format(selected.target)}`}
        />
        <Stat
          label={t('forecast.pMiss')}
          value={formatPercent(selected.pMiss)}
          note={t('daysLeft', { count: selected.daysLeft })}
        />
        <Stat
          label={t('forecast.atRisk')}
          value={format(selected.expectedShortfall)}
          note={t('forecast.atRiskNote')}
        />
      </div>
      <FanChart item={selected} currency={data.currency} />
    </Card>
  );
}
