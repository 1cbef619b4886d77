import { Upload } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AlertList as AlertListData } from '../../../../src/contract/alerts.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { AlertList } from './AlertList.tsx';
import { ScanButton } from './ScanButton.tsx';
import { ScopeDrill } from './ScopeDrill.tsx';
import { isAlertWithin } from './scope-drill.ts';
import { useAlerts, useForecasts } from './use-alerts.ts';
import './alerts.css';

/** "No alerts — the last scan ran on …; import data or run a scan." */
export function NoAlerts({
  lastScanAsOf,
  isScanRunning,
}: {
  lastScanAsOf: string | null;
  isScanRunning: boolean;
}) {
  const { t } = useTranslation('alerts');
  if (isScanRunning) {
    return (
      <EmptyState title={t('scanRunningTitle')}>
        <span role="status">{t('scanRunning')}</span>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={t('emptyTitle')}
      action={
        <div className="form-actions">
          <ScanButton primary />
          <Link className="btn" to="/data">
            <Upload size={16} aria-hidden="true" /> {t('importData')}
          </Link>
        </div>
      }
    >
      {lastScanAsOf ? t('emptyAfterScan', { date: formatDate(lastScanAsOf) }) : t('emptyNoScan')}
    </EmptyState>
  );
}

function AlertsBody({
  data,
  scopeKey,
  currency,
}: {
  data: AlertListData;
  scopeKey: string;
  currency: string;
}) {
  const { t } = useTranslation('alerts');
  const [showLow, setShowLow] = useState(false);
  if (data.items.length === 0)
    return (
      <Card>
        <NoAlerts lastScanAsOf={data.lastScanAsOf} isScanRunning={data.isScanRunning} />
      </Card>
    );
  const inScope = data.items.filter((alert) => isAlertWithin(alert, scopeKey));
  const low = inScope.filter((alert) => alert.severity === 'low');
  const isLowFolded = !showLow && low.length < inScope.length;
  const shown = isLowFolded ? inScope.filter((alert) => alert.severity !== 'low') : inScope;
  return (
    <Card
      title={<ScopeDrill alerts={data.items} scopeKey={scopeKey} />}
      lead={data.lastScanAsOf ? t('lastScan', { date: formatDate(data.lastScanAsOf) }) : undefined}
    >
      {shown.length === 0 ? (
        <p className="muted">{t('emptyFiltered')}</p>
      ) : (
        <AlertList alerts={shown} currency={currency} />
      )}
      {isLowFolded && low.length > 0 ? (
        <p className="folded-note">
          <button type="button" className="btn btn-small" onClick={() => setShowLow(true)}>
            {t('showLow', { count: low.length })}
          </button>{' '}
          <span className="muted">{t('lowExplained')}</span>
        </p>
      ) : null}
    </Card>
  );
}

/** Open alerts by severity with weeks left; `?scope=` drills into a scope, `?dismissed=1` shows dismissed ones. */
export function AlertsPage() {
  const { t } = useTranslation('alerts');
  const [params, setParams] = useSearchParams();
  const withDismissed = params.get('dismissed') === '1';
  const scopeKey = params.get('scope') ?? '';
  const query = useAlerts({ withDismissed });
  const currency = useForecasts().data?.currency ?? 'EUR';
  const toggleDismissed = () => {
    const next = new URLSearchParams(params);
    if (withDismissed) next.delete('dismissed');
    else next.set('dismissed', '1');
    setParams(next);
  };
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <>
            <label className="check">
              <input type="checkbox" checked={withDismissed} onChange={toggleDismissed} />
              {t('showDismissed')}
            </label>
            <ScanButton />
          </>
        }
      />
      <QueryState query={query} height={320}>
        {(data) => <AlertsBody data={data} scopeKey={scopeKey} currency={currency} />}
      </QueryState>
    </>
  );
}
