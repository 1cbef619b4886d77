import { ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertSummary } from '../../../../src/contract/alerts.ts';
import { formatDate, formatPercent } from '../../ui/format.ts';
import { describeScope, formatAmountWithUnit, formatChange, indicatorLabel } from './describe-alert.ts';

export function SeverityBadge({ severity }: { severity: AlertSummary['severity'] }) {
  const { t } = useTranslation('alerts');
  return (
    <span className={`badge badge-${severity}`}>
      <span className="visually-hidden">{t('severityLabel')}: </span>
      {t(`severity.${severity}`)}
    </span>
  );
}

function AlertFacts({ alert, currency }: { alert: AlertSummary; currency: string }) {
  const { t, i18n } = useTranslation('alerts');
  const { forecast } = alert;
  const facts = [
    alert.weeksLeft === null ? null : t('weeksLeft', { count: alert.weeksLeft }),
    forecast ? t('pMiss', { value: formatPercent(forecast.pMiss) }) : null,
    forecast && forecast.expectedShortfall > 0
      ? t('shortfall', {
          value: formatAmountWithUnit(forecast.expectedShortfall, forecast.measure, currency, i18n.language),
        })
      : null,
    alert.changePct === null
      ? null
      : `${indicatorLabel(alert.indicator, i18n.language)} ${t('change', { value: formatChange(alert.changePct) })}`,
  ].filter((fact): fact is string => fact !== null);
  return <span className="alert-facts">{facts.join(' · ')}</span>;
}

/** Alerts as a list, in the order given (the API sorts by severity), each a link to its page. */
export function AlertList({ alerts, currency }: { alerts: AlertSummary[]; currency: string }) {
  const { t } = useTranslation('alerts');
  return (
    <ul className="alert-list">
      {alerts.map((alert) => (
        <li key={alert.id} className={`alert-item alert-${alert.severity}`}>
          <Link to={`/alerts/${alert.id}`} className="alert-link">
            <span className="alert-head">
              <SeverityBadge severity={alert.severity} />
              <strong className="alert-scope">{describeScope(alert, t)}</strong>
              <span className="faint">{t(`kind.${alert.kind}`)}</span>
            </span>
            <AlertFacts alert={alert} currency={currency} />
            <span className="alert-meta faint">
              {t(`status.${alert.status}`)} · {t('firstDetected', { date: formatDate(alert.firstDetected) })}
            </span>
            <ChevronRight size={18} className="alert-chevron" aria-hidden="true" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
