import { RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_STATUSES } from '../../../../src/core/notifications.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { QueryState } from '../../ui/States.tsx';
import { useFailedDeliveries, useRetryDelivery } from './use-webhooks.ts';

/** Counts by delivery status and the failed messages with their reason, each with "send again". */
export function DeliveriesCard() {
  const { t } = useTranslation('notifications');
  const query = useFailedDeliveries();
  const retry = useRetryDelivery();
  return (
    <Card title={t('deliveries.title')} lead={t('deliveries.lead')}>
      <QueryState query={query} height={120}>
        {(data) => (
          <div className="stack">
            <p className="form-actions">
              {OUTBOX_STATUSES.map((status) => (
                <span
                  key={status}
                  className={`badge ${status === 'failed' && data.counts.failed ? 'badge-high' : 'badge-low'}`}
                >
                  {t(`deliveries.status.${status}`)}: {formatNumber(data.counts[status] ?? 0)}
                </span>
              ))}
            </p>
            {data.items.length === 0 ? (
              <p className="muted">{t('deliveries.noneFailed')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('deliveries.message')}</th>
                      <th scope="col" />
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.id}>
                        <td>
                          <strong>{item.title}</strong>
                          <div className="muted">
                            {t('deliveries.recipient')}: {item.recipient}
                          </div>
                          <div className="muted">
                            {t('deliveries.reason')}: {item.lastError}
                          </div>
                          <div className="faint">
                            {formatDateTime(item.createdAt)} · {t('deliveries.attempts')}: {item.attempts}
                          </div>
                        </td>
                        <td className="right">
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={retry.isPending}
                            onClick={() => retry.mutate(item.id)}
                          >
                            <RotateCcw size={14} /> {t('deliveries.retry')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
