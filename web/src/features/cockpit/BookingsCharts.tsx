import { useTranslation } from 'react-i18next';
import type { BookingsOverview } from '../../../../src/contract/cockpit.ts';
import { Card } from '../../ui/Card.tsx';
import { CHART_COLORS, Chart } from '../../ui/Chart.tsx';
import { formatMoney, formatPercent } from '../../ui/format.ts';

export function QuarterChart({ data }: { data: BookingsOverview }) {
  const { t } = useTranslation('cockpit');
  const money = (cents: number | null) =>
    cents === null ? '–' : formatMoney(cents, data.currency, { compact: true });
  const summary = data.periods
    .map((p) =>
      t('summaryQuarter', { period: p.period, booked: money(p.bookedCents), target: money(p.targetCents) }),
    )
    .join('; ');
  return (
    <Card title={t('byQuarter')} lead={t('byQuarterLead')}>
      <Chart
        summary={summary}
        option={{
          grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
          legend: { top: 0, right: 0 },
          tooltip: { trigger: 'axis', valueFormatter: (value) => money(Number(value) * 100) },
          xAxis: {
            type: 'category',
            data: data.periods.map((p) => p.period),
            axisTick: { show: false },
            axisLabel: { interval: 0, hideOverlap: true },
          },
          yAxis: {
            type: 'value',
            axisLabel: { formatter: (value: number) => money(value * 100) },
            splitLine: { lineStyle: { color: '#eef1f4' } },
          },
          series: [
            {
              name: t('bookedSeries'),
              type: 'bar',
              barMaxWidth: 44,
              itemStyle: { color: CHART_COLORS.primary, borderRadius: [4, 4, 0, 0] },
              data: data.periods.map((p) => p.bookedCents / 100),
            },
            {
              name: t('targetSeries'),
              type: 'line',
              symbol: 'rect',
              symbolSize: 10,
              lineStyle: { type: 'dashed', color: CHART_COLORS.target },
              itemStyle: { color: CHART_COLORS.target },
              data: data.periods.map((p) => (p.targetCents === null ? null : p.targetCents / 100)),
            },
          ],
        }}
      />
    </Card>
  );
}

export function ProductTable({ data }: { data: BookingsOverview }) {
  const { t } = useTranslation('cockpit');
  return (
    <Card title={t('byProduct', { period: data.current.period })} lead={t('byProductLead')}>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('product')}</th>
              <th className="right">{t('bookedSeries')}</th>
              <th className="right">{t('targetSeries')}</th>
              <th style={{ width: '34%' }}>{t('attained')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byProduct.map((row) => {
              const share = row.targetCents ? row.bookedCents / row.targetCents : null;
              return (
                <tr key={row.productId}>
                  <td>{row.product}</td>
                  <td className="right num">
                    {formatMoney(row.bookedCents, data.currency, { compact: true })}
                  </td>
                  <td className="right num">
                    {row.targetCents === null
                      ? '–'
                      : formatMoney(row.targetCents, data.currency, { compact: true })}
                  </td>
                  <td>
                    {share === null ? (
                      <span className="faint">{t('noTarget')}</span>
                    ) : (
                      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                        <div className="bar hide-narrow" style={{ flex: 1 }} aria-hidden="true">
                          <span style={{ width: `${Math.min(100, share * 100)}%` }} />
                        </div>
                        <span className="num">{formatPercent(share)}</span>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
