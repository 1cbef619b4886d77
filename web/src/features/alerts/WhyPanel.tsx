import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertDetail } from '../../../../src/contract/alerts.ts';
import { isBarrierKey } from '../../../../src/core/aida.ts';
import { Card } from '../../ui/Card.tsx';
import { formatPercent } from '../../ui/format.ts';
import { formatChange, indicatorLabel } from './describe-alert.ts';
import { scopeHref } from './ScopeDrill.tsx';
import { WaterfallChart } from './WaterfallChart.tsx';

type Driver = AlertDetail['drivers'][number];

function text(detail: Driver['detail'], field: string): string | null {
  const value = detail?.[field];
  return typeof value === 'string' ? value : null;
}

function DriverLine({ driver }: { driver: Driver }) {
  const { t, i18n } = useTranslation('alerts');
  const barrier = text(driver.detail, 'barrier');
  const indicator = text(driver.detail, 'indicator');
  const scopeKey = text(driver.detail, 'scopeKey');
  const changePct = driver.detail?.changePct;
  if (driver.kind === 'reason_shift' && barrier && isBarrierKey(barrier))
    return (
      <>
        <strong>{t(`common:barrier.${barrier}`)}</strong>{' '}
        <span className="num">+{formatPercent(driver.contribution)}</span>
      </>
    );
  if (driver.kind === 'indicator' && indicator)
    return (
      <>
        <strong>{indicatorLabel(indicator, i18n.language)}</strong>{' '}
        {typeof changePct === 'number' ? <span className="num">{formatChange(changePct)}</span> : null}
      </>
    );
  if (driver.kind === 'child_scope' && scopeKey !== null)
    return (
      <>
        <Link to={scopeHref(scopeKey)}>{driver.label}</Link>{' '}
        <span className="num">{t('shareOfGap', { value: formatPercent(driver.contribution) })}</span>
      </>
    );
  return (
    <>
      <strong>{indicatorLabel(driver.label, i18n.language)}</strong>{' '}
      <span className="num">{formatPercent(driver.contribution)}</span>
    </>
  );
}

function ReasonShifts({ shifts }: { shifts: AlertDetail['explanation']['reasonShifts'] }) {
  const { t } = useTranslation('alerts');
  if (shifts.length === 0) return <p className="muted">{t('noReasons')}</p>;
  return (
    <ul className="reason-list">
      {shifts.map((shift) => {
        const rise = shift.currentShare - shift.baselineShare;
        return (
          <li key={shift.barrier}>
            <span>{isBarrierKey(shift.barrier) ? t(`common:barrier.${shift.barrier}`) : shift.barrier}</span>
            <span className={`num ${rise > 0 ? 'rise' : ''}`}>
              {formatPercent(shift.baselineShare)} → {formatPercent(shift.currentShare)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The "why" of an alert: drivers, AIDA stage, pipeline waterfall, lost-reason shift, questions to ask. */
export function WhyPanel({ alert, currency }: { alert: AlertDetail; currency: string }) {
  const { t, i18n } = useTranslation('alerts');
  const { explanation } = alert;
  const language = i18n.language === 'de' ? 'de' : 'en';
  return (
    <Card title={t('whyTitle')} lead={t('whyLead')} className="why-panel">
      <div className="why-grid">
        <section aria-labelledby="why-drivers">
          <h3 id="why-drivers" className="why-heading">
            {t('drivers')}
            {alert.aidaStage ? (
              <span className="chip chip-accent">
                {t('aidaStage')}: {t(`common:aida.${alert.aidaStage}`)}
              </span>
            ) : null}
          </h3>
          {alert.drivers.length === 0 ? (
            <p className="muted">{t('noDrivers')}</p>
          ) : (
            <ol className="driver-list">
              {alert.drivers.map((driver) => (
                <li key={`${driver.kind}-${driver.label}`}>
                  <span className="chip">{t(`driverKind.${driver.kind}`)}</span>{' '}
                  <DriverLine driver={driver} />
                </li>
              ))}
            </ol>
          )}
          <h3 className="why-heading">{t('reasonsTitle')}</h3>
          <ReasonShifts shifts={explanation.reasonShifts} />
        </section>
        <section aria-labelledby="why-questions">
          <h3 id="why-questions" className="why-heading">
            {t('questionsTitle')}
          </h3>
          {explanation.suggestedQuestions.length === 0 ? (
            <p className="muted">{t('noQuestions')}</p>
          ) : (
            <ol className="question-list">
              {explanation.suggestedQuestions.map((question) => (
                <li key={question.key}>{question.text[language]}</li>
              ))}
            </ol>
          )}
          {explanation.relatedIndicators.length > 0 ? (
            <p className="muted">
              {t('relatedTitle')}:{' '}
              {explanation.relatedIndicators.map((key) => indicatorLabel(key, i18n.language)).join(', ')}
            </p>
          ) : null}
        </section>
      </div>
      {explanation.waterfall ? (
        <WaterfallChart waterfall={explanation.waterfall} currency={currency} />
      ) : null}
    </Card>
  );
}
