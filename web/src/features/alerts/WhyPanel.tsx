import { useTranslation } from 'react-i18next';
import type { AlertDetail } from '../../../../src/contract/alerts.ts';
import { isBarrierKey } from '../../../../src/core/aida.ts';
import { Card } from '../../ui/Card.tsx';
import { formatPercent } from '../../ui/format.ts';
import { DriverLine } from './DriverLine.tsx';
import { indicatorLabel } from './describe-alert.ts';
import { WaterfallChart } from './WaterfallChart.tsx';

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
  // A shift alert's own indicator moved by definition: "also moved" names the others.
  const alsoMoved = explanation.relatedIndicators.filter((key) => key !== alert.indicator);
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
          {alsoMoved.length > 0 ? (
            <p className="muted">
              {t('relatedTitle')}: {alsoMoved.map((key) => indicatorLabel(key, i18n.language)).join(', ')}
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
