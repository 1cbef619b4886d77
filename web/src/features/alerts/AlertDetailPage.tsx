import type { TFunction } from 'i18next';
import { ArrowLeft, Check, Handshake, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AlertDetail } from '../../../../src/contract/alerts.ts';
import { canMoveAlert } from '../../../../src/core/alerts.ts';
import { isAllowedFor } from '../../../../src/core/permissions.ts';
import { Card, Stat } from '../../ui/Card.tsx';
import { formatDate, formatPercent } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorState, QueryState } from '../../ui/States.tsx';
import { useProfile } from '../auth/session.tsx';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { SeverityBadge } from './AlertList.tsx';
import { DismissDialog } from './DismissDialog.tsx';
import { describeHeadline, formatAmount, indicatorLabel } from './describe-alert.ts';
import { IndicatorChart } from './IndicatorChart.tsx';
import { ScopeTrail } from './ScopeDrill.tsx';
import { listAncestors } from './scope-drill.ts';
import { useAcknowledgeAlert, useAlert, useForecasts } from './use-alerts.ts';
import { WhyPanel } from './WhyPanel.tsx';
import './alerts.css';

function AlertActions({ alert }: { alert: AlertDetail }) {
  const { t } = useTranslation('alerts');
  const profile = useProfile();
  const acknowledge = useAcknowledgeAlert();
  const [isDismissing, setDismissing] = useState(false);
  const canWrite = isAllowedFor(profile, 'alerts', 'write');
  const canRequest =
    isAllowedFor(profile, 'requests', 'write') && canMoveAlert(alert.status, 'support_requested');
  return (
    <div className="alert-actions">
      {canRequest ? (
        <Link className="btn btn-primary" to={`/requests/new?alert=${alert.id}`}>
          <Handshake size={16} aria-hidden="true" /> {t('requestSupport')}
        </Link>
      ) : null}
      {canWrite && alert.status === 'new' ? (
        <button
          type="button"
          className="btn"
          disabled={acknowledge.isPending}
          onClick={() => acknowledge.mutate(alert.id)}
        >
          <Check size={16} aria-hidden="true" /> {t('acknowledge')}
        </button>
      ) : null}
      {canWrite && canMoveAlert(alert.status, 'dismissed') ? (
        <button type="button" className="btn btn-ghost" onClick={() => setDismissing(true)}>
          <X size={16} aria-hidden="true" /> {t('dismiss')}
        </button>
      ) : null}
      {isDismissing ? <DismissDialog alertId={alert.id} onClose={() => setDismissing(false)} /> : null}
      {acknowledge.isError ? <ErrorState error={acknowledge.error} /> : null}
    </div>
  );
}

function ForecastStats({ alert, currency }: { alert: AlertDetail; currency: string }) {
  const { t } = useTranslation('alerts');
  const { forecast } = alert;
  if (!forecast) return null;
  const amount = (value: number) => formatAmount(value, forecast.measure, currency);
  return (
    <div className="grid grid-4">
      <Card>
        <Stat
          label={t('forecastTitle', { period: forecast.period })}
          value={amount(forecast.p50)}
          note={t('p50')}
        />
      </Card>
      <Card>
        <Stat
          label={t('target')}
          value={amount(forecast.target)}
          note={`${t('booked')}: ${amount(forecast.booked)}`}
        />
      </Card>
      <Card>
        <Stat label={t('range')} value={`${amount(forecast.p10)} – ${amount(forecast.p90)}`} />
      </Card>
      <Card>
        <Stat
          label={t('pMissLabel')}
          value={formatPercent(forecast.pMiss)}
          note={alert.weeksLeft === null ? undefined : t('weeksLeft', { count: alert.weeksLeft })}
        />
      </Card>
    </div>
  );
}

function AlertView({ alert }: { alert: AlertDetail }) {
  const { t, i18n } = useTranslation('alerts');
  const currency = useForecasts().data?.currency ?? 'EUR';
  return (
    <>
      <PageHeader
        title={describeHeadline(alert, t, i18n.language, currency)}
        lead={
          <span className="alert-lead">
            <SeverityBadge severity={alert.severity} />{' '}
            <span className="chip">{t(`status.${alert.status}`)}</span> {t(`kind.${alert.kind}`)} ·{' '}
            {t('firstDetected', { date: formatDate(alert.firstDetected) })}
            {alert.changeStart ? ` · ${t('changeStart', { date: formatDate(alert.changeStart) })}` : ''}
          </span>
        }
        actions={
          <Link className="btn btn-ghost" to="/alerts">
            <ArrowLeft size={16} aria-hidden="true" /> {t('back')}
          </Link>
        }
      />
      <ScopeTrail steps={listAncestors(alert)} current={alert.scopeKey} />
      {alert.statusReason ? (
        <p className="notice">{t('statusReason', { reason: alert.statusReason })}</p>
      ) : null}
      <AlertActions alert={alert} />
      <ForecastStats alert={alert} currency={currency} />
      <Card
        title={chartTitle(alert, t, i18n.language)}
        lead={t(hasAlarmPoint(alert) ? 'chartLead' : 'chartLeadNoAlarm')}
      >
        {alert.explanation.series.length > 0 ? (
          <IndicatorChart alert={alert} />
        ) : (
          <p className="muted">{t('noSeries')}</p>
        )}
      </Card>
      <WhyPanel alert={alert} currency={currency} />
    </>
  );
}

/**
 * The chart's title names the indicator it plots: the alert's own for a shift; for a forecast gap, the leading
 * indicator that moved in the scope (the first related one), whose series the explanation carries.
 */
function chartTitle(alert: AlertDetail, t: TFunction, language: string): string {
  const plotted = alert.kind === 'indicator_shift' ? alert.indicator : alert.explanation.relatedIndicators[0];
  return plotted ? `${t('chartTitle')}: ${indicatorLabel(plotted, language)}` : t('chartTitle');
}

/** Whether the chart can mark the alarm: its week is one of the plotted weeks. */
function hasAlarmPoint(alert: AlertDetail): boolean {
  const { series, alarmWeek } = alert.explanation;
  return alarmWeek !== null && series.some((point) => point.weekStart === alarmWeek);
}

/** One alert: why this scope is at risk and what marketing should ask. */
export function AlertDetailPage() {
  const id = Number(useParams().id);
  const query = useAlert(id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (query.error && 'status' in query.error && query.error.status === 404) return <NotFoundPage />;
  return (
    <QueryState query={query} height={480}>
      {(alert) => <AlertView alert={alert} />}
    </QueryState>
  );
}
