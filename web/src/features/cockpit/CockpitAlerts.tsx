import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertList as AlertListData } from '../../../../src/contract/alerts.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from '../../ui/format.ts';
import { AlertList } from '../alerts/AlertList.tsx';
import { NoAlerts } from '../alerts/AlertsPage.tsx';

const SHOWN = 5;

/** The open alerts, most severe first, with weeks left; the full list is one click away. */
export function CockpitAlerts({ data, currency }: { data: AlertListData; currency: string }) {
  const { t } = useTranslation('cockpit');
  const open = data.items.filter((alert) => alert.status === 'new' || alert.status === 'acknowledged');
  return (
    <Card
      title={t('alerts.title', { count: open.length })}
      lead={
        data.isScanRunning && open.length > 0
          ? t('alerts.scanRunning')
          : data.lastScanAsOf
            ? t('alerts.lead', { date: formatDate(data.lastScanAsOf) })
            : undefined
      }
      actions={
        open.length > SHOWN ? (
          <Link className="btn btn-small" to="/alerts">
            {t('alerts.all')} <ArrowRight size={14} aria-hidden="true" />
          </Link>
        ) : null
      }
    >
      {open.length === 0 ? (
        <NoAlerts lastScanAsOf={data.lastScanAsOf} isScanRunning={data.isScanRunning} />
      ) : (
        <AlertList alerts={open.slice(0, SHOWN)} currency={currency} />
      )}
    </Card>
  );
}
