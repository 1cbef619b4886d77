import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvidenceView } from '../../../../src/contract/requests.ts';
import { Card, Stat } from '../../ui/Card.tsx';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../ui/format.ts';
import { DriverLine } from '../alerts/DriverLine.tsx';
import { formatChange, indicatorLabel } from '../alerts/describe-alert.ts';

function formatMeasure(value: number, measure: string): string {
  return measure === 'bookings' ? formatMoney(value, 'EUR', { compact: true }) : formatNumber(value);
}

function ForecastStats({ evidence }: { evidence: EvidenceView }) {
  const { t } = useTranslation('requests');
  const forecast = evidence.forecast;
  if (!forecast) return null;
  return (
    <div className="grid grid-4 evidence-stats">
      <Stat
        label={t('evidence.target')}
        value={formatMeasure(forecast.target, forecast.measure)}
        // The gap the title and the alert name: the mean shortfall over the simulations.
        note={t('evidence.shortfall', { value: formatMeasure(forecast.expectedShortfall, forecast.measure) })}
      />
      <Stat
        label={t('evidence.p50')}
        value={formatMeasure(forecast.p50, forecast.measure)}
        note={`${t('evidence.range')}: ${formatMeasure(forecast.p10, forecast.measure)} – ${formatMeasure(forecast.p90, forecast.measure)}`}
      />
      <Stat label={t('evidence.pMiss')} value={formatPercent(forecast.pMiss)} />
      <Stat label={t('evidence.weeksLeft')} value={evidence.weeksLeft ?? '–'} />
    </div>
  );
}

/** What the request was asked on, frozen: forecast, stage, indicator, drivers and the shift in lost reasons. */
export function EvidenceCard({ evidence }: { evidence: EvidenceView }) {
  const { t, i18n } = useTranslation('requests');
  const isEmpty =
    !evidence.forecast &&
    !evidence.alert &&
    evidence.drivers.length === 0 &&
    evidence.reasonShifts.length === 0;
  const title = t(evidence.alert ? 'evidence.title' : 'evidence.titleHand', {
    date: formatDate(evidence.asOf),
  });
  return (
    <Card title={title}>
      {isEmpty ? <p className="muted">{t('evidence.none')}</p> : null}
      {evidence.forecast ? (
        <>
          <h3 className="evidence-heading">{t('evidence.forecast', { period: evidence.forecast.period })}</h3>
          <ForecastStats evidence={evidence} />
        </>
      ) : null}
      <dl className="evidence-facts">
        {evidence.aidaStage ? (
          <div>
            <dt>{t('evidence.stage')}</dt>
            <dd>
              <span className="chip chip-accent">{t(`common:aida.${evidence.aidaStage}`)}</span>
            </dd>
          </div>
        ) : null}
        {evidence.alert ? (
          <div>
            <dt>{t('evidence.indicator')}</dt>
            <dd>
              {indicatorLabel(evidence.alert.indicator, i18n.language)}
              {evidence.alert.changePct !== null ? ` ${formatChange(evidence.alert.changePct)}` : ''} ·{' '}
              <Link to={`/alerts/${evidence.alert.id}`}>
                {t('evidence.alertLink', { id: evidence.alert.id })}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {evidence.drivers.length > 0 ? (
        <>
          <h3 className="evidence-heading">{t('evidence.drivers')}</h3>
          <ul className="evidence-list">
            {evidence.drivers.map((driver) => (
              <li key={`${driver.kind}-${driver.label}`}>
                <DriverLine driver={driver} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evidence.reasonShifts.length > 0 ? (
        <>
          <h3 className="evidence-heading">{t('evidence.shifts')}</h3>
          <ul className="evidence-list">
            {evidence.reasonShifts.map((shift) => (
              <li key={shift.barrier}>
                {t(`common:barrier.${shift.barrier}`)}:{' '}
                <strong>
                  {t('evidence.shiftValue', {
                    from: formatPercent(shift.baselineShare),
                    to: formatPercent(shift.currentShare),
                  })}
                </strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
