import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../src/contract/campaigns.ts';
import { getIndicatorLabel } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate, formatNumber, formatPercent } from '../../ui/format.ts';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { campaignWrites, useCampaignAction, useEvaluation, useTracking } from './api.ts';
import { pickTrackedWeeks } from './tracked-weeks.ts';
import { useLocale } from './use-locale.ts';

const shown = (value: number | null) => (value === null ? '–' : formatNumber(value, 1));
const signed = (value: number) => `${value >= 0 ? '+' : ''}${formatPercent(value, 1)}`;

export function TrackingCard({ detail }: { detail: CampaignDetail }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const isLaunched = detail.campaign.startOn !== null;
  const query = useTracking(detail.campaign.id, isLaunched);
  if (!isLaunched)
    return (
      <Card title={t('tracking')}>
        <EmptyState title={t('notLaunchedTitle')}>{t('notLaunched')}</EmptyState>
      </Card>
    );
  return (
    <Card title={t('tracking')} lead={t('trackingLead')}>
      <QueryState query={query}>
        {(tracking) => (
          <>
            {tracking.kpis.map((kpi) => (
              <div key={kpi.key} className="tracking-kpi">
                <h3>{getIndicatorLabel(kpi.key, locale)}</h3>
                <p className="muted">{t('controls', { labels: kpi.controlLabels.join(', ') })}</p>
                <div className="table-wrap tracking-table">
                  <table className="table">
                    <thead>
                      <tr>
                        <th>{t('week')}</th>
                        <th>{t('target')}</th>
                        <th>{t('control')}</th>
                        <th>{t('forecast')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pickTrackedWeeks(kpi.weeks, tracking).map(({ week, isInCampaign }) => (
                        <tr key={week.weekStart} className={isInCampaign ? 'in-campaign' : ''}>
                          <td>{formatDate(week.weekStart)}</td>
                          <td>{shown(week.target)}</td>
                          <td>{shown(week.control)}</td>
                          <td>{shown(week.forecast)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            ))}
            {tracking.unmeasured.length > 0 ? (
              <p className="muted">
                {t('unmeasured', {
                  keys: tracking.unmeasured.map((k) => getIndicatorLabel(k, locale)).join(', '),
                })}
              </p>
            ) : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}

export function ImpactCard({ detail, canEdit }: { detail: CampaignDetail; canEdit: boolean }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const id = detail.campaign.id;
  const query = useEvaluation(id, locale);
  const evaluate = useCampaignAction(id, campaignWrites(id).evaluate);
  const isLaunched = detail.campaign.startOn !== null;
  return (
    <Card
      title={t('impact')}
      actions={
        canEdit && isLaunched ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={evaluate.isPending}
            onClick={() => evaluate.mutate({ locale })}
          >
            {t('evaluate')}
          </button>
        ) : null
      }
    >
      {evaluate.isError ? <div className="notice notice-danger">{evaluate.error.message}</div> : null}
      <QueryState query={query}>
        {({ evaluation: view }) =>
          view === null ? (
            <p className="muted">{isLaunched ? t('notEvaluated') : t('impactNotLaunched')}</p>
          ) : (
            <div className="impact">
              <p>
                <span className={`chip verdict-${view.verdict}`}>{t(`verdict.${view.verdict}`)}</span>{' '}
                <span className="muted">{t('evaluatedOn', { date: formatDate(view.evaluatedOn) })}</span>
              </p>
              <p>{view.reason}</p>
              <table className="table">
                <thead>
                  <tr>
                    <th>KPI</th>
                    <th>{t('effectControls')}</th>
                    <th>{t('effectForecast')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.evaluation.kpis.map((kpi) => (
                    <tr key={kpi.key}>
                      <td>
                        {getIndicatorLabel(kpi.key, locale)} · {t(`verdict.${kpi.verdict}`)}
                      </td>
                      <td>
                        {kpi.controls
                          ? `${signed(kpi.controls.effect)} (${signed(kpi.controls.interval.low)} … ${signed(kpi.controls.interval.high)})`
                          : '–'}
                      </td>
                      <td>
                        {kpi.baseline
                          ? `${signed(kpi.baseline.effect)} (${signed(kpi.baseline.interval.low)} … ${signed(kpi.baseline.interval.high)})`
                          : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {view.forecastCheck ? (
                <div className="impact-forecast">
                  <p>{view.forecastCheck}</p>
                  <p className="muted">{t('engineForecastNote')}</p>
                </div>
              ) : null}
              {view.evaluation.gapEffect ? (
                <p>
                  {t('gapEffect', {
                    share: formatPercent(view.evaluation.gapEffect.shareOfGap.estimate),
                    low: formatPercent(view.evaluation.gapEffect.shareOfGap.low),
                    high: formatPercent(view.evaluation.gapEffect.shareOfGap.high),
                  })}
                </p>
              ) : null}
              {view.warnings.length > 0 ? (
                <div className="notice notice-warning">
                  <strong>{t('warnings')}</strong>
                  <ul>
                    {view.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {view.unmeasured.length > 0 ? (
                <p className="muted">
                  {t('unmeasured', {
                    keys: view.unmeasured.map((k) => getIndicatorLabel(k, locale)).join(', '),
                  })}
                </p>
              ) : null}
            </div>
          )
        }
      </QueryState>
    </Card>
  );
}
