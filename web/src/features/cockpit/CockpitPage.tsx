import { useQuery } from '@tanstack/react-query';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AlertList, ForecastList, ScopeForecast } from '../../../../src/contract/alerts.ts';
import type { BookingsOverview } from '../../../../src/contract/cockpit.ts';
import { api } from '../../api/client.ts';
import { Card, Stat } from '../../ui/Card.tsx';
import { formatMoney, formatPercent } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { useAlerts, useForecasts } from '../alerts/use-alerts.ts';
import { ProductTable, QuarterChart } from './BookingsCharts.tsx';
import { CockpitAlerts } from './CockpitAlerts.tsx';
import { ForecastFan, optionKey } from './ForecastFan.tsx';
import { OpenQuestionsNotice } from './OpenQuestionsNotice.tsx';
import './cockpit.css';

function daysLeft(asOf: string, end: string): number {
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(asOf)) / 86_400_000));
}

function Headline({ data }: { data: BookingsOverview }) {
  const { t } = useTranslation('cockpit');
  const { current } = data;
  const share = current.targetCents ? current.bookedCents / current.targetCents : null;
  const company = useForecasts().data?.items.find(
    (item) => item.scopeKey === '' && item.measure === 'bookings',
  );
  const expected = company && company.target > 0 ? company.p50 / company.target : null;
  return (
    <div className="grid grid-3">
      <Card>
        <Stat
          label={t('booked', { period: current.period })}
          value={formatMoney(current.bookedCents, data.currency)}
          note={t('daysLeft', { count: daysLeft(data.asOf, current.end) })}
        />
      </Card>
      <Card>
        <Stat
          label={t('target', { period: current.period })}
          value={current.targetCents === null ? '–' : formatMoney(current.targetCents, data.currency)}
          note={current.targetCents === null ? t('noTarget') : undefined}
        />
      </Card>
      <Card>
        <Stat
          label={t('attainment')}
          value={share === null ? '–' : formatPercent(share)}
          note={expected === null ? undefined : t('expectedAttainment', { value: formatPercent(expected) })}
        />
      </Card>
    </div>
  );
}

/** The forecast to show first: the one picked, else the top alert's scope (the story), else the company. */
function pickForecast(forecasts: ForecastList, alerts: AlertList | undefined, picked: string | null) {
  const byKey = (key: string) => forecasts.items.find((item) => optionKey(item) === key);
  const topAlert = alerts?.items.find((alert) => alert.forecast && alert.status !== 'dismissed');
  const fromAlert = topAlert?.forecast
    ? byKey(optionKey({ measure: topAlert.forecast.measure, scopeKey: topAlert.scopeKey }))
    : undefined;
  return (
    (picked ? byKey(picked) : undefined) ??
    fromAlert ??
    byKey(optionKey({ measure: 'bookings', scopeKey: '' })) ??
    forecasts.items[0]
  );
}

function WatchPanels() {
  const { t } = useTranslation('cockpit');
  const [params, setParams] = useSearchParams();
  const alerts = useAlerts();
  const forecasts = useForecasts();
  const currency = forecasts.data?.currency ?? 'EUR';
  const select = (key: string) => setParams({ forecast: key }, { replace: true });
  return (
    <div className="grid grid-2">
      <QueryState query={alerts} height={300}>
        {(data) => <CockpitAlerts data={data} currency={currency} />}
      </QueryState>
      <QueryState query={forecasts} height={300}>
        {(data) => {
          const selected: ScopeForecast | undefined = pickForecast(data, alerts.data, params.get('forecast'));
          return selected ? (
            <ForecastFan data={data} selected={selected} onSelect={select} />
          ) : (
            <Card>
              <EmptyState title={t('forecast.emptyTitle', { period: data.period ?? '' })}>
                {t('forecast.empty')}
              </EmptyState>
            </Card>
          );
        }}
      </QueryState>
    </div>
  );
}

export function CockpitPage() {
  const { t } = useTranslation('cockpit');
  const query = useQuery({
    queryKey: ['cockpit', 'bookings'],
    queryFn: () => api.get<BookingsOverview>('/api/cockpit/bookings?quarters=6'),
  });
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <OpenQuestionsNotice />
      <QueryState query={query} height={420}>
        {(data) =>
          data.periods.every((p) => p.bookedCents === 0) ? (
            <Card>
              <EmptyState
                title={t('emptyTitle')}
                action={
                  <Link className="btn btn-primary" to="/data">
                    <Upload size={16} /> {t('emptyAction')}
                  </Link>
                }
              >
                {t('emptyText')}
              </EmptyState>
            </Card>
          ) : (
            <>
              <Headline data={data} />
              <WatchPanels />
              <div className="grid grid-2">
                <QuarterChart data={data} />
                <ProductTable data={data} />
              </div>
            </>
          )
        }
      </QueryState>
    </>
  );
}
