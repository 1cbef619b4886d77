import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isAllowedFor } from '../../../../src/core/permissions.ts';
import { formatDate } from '../../ui/format.ts';
import { useProfile } from '../auth/session.tsx';
import { useRunScan } from './use-alerts.ts';

/** "Run a scan now" for those who may (admins, sales managers), with the result in words. */
export function ScanButton({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation('alerts');
  const profile = useProfile();
  const scan = useRunScan();
  if (!isAllowedFor(profile, 'alerts', 'write')) return null;
  return (
    <span className="scan-button">
      <button
        type="button"
        className={primary ? 'btn btn-primary' : 'btn'}
        disabled={scan.isPending}
        onClick={() => scan.mutate()}
      >
        <RefreshCw size={16} aria-hidden="true" /> {scan.isPending ? t('scanning') : t('runScan')}
      </button>
      <span role="status" className="faint">
        {scan.data ? t('scanDone', { date: formatDate(scan.data.asOf), count: scan.data.openAlerts }) : null}
        {scan.isError ? <span className="error">{scan.error.message}</span> : null}
      </span>
    </span>
  );
}
