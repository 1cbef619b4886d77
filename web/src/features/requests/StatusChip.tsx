import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../src/core/types.ts';

/** The request's status as a chip; closed requests look quieter. */
export function StatusChip({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('requests');
  return <span className={`chip request-status request-status-${status}`}>{t(`status.${status}`)}</span>;
}
