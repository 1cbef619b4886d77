import { Send, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WebhookView } from '../../../../src/contract/notifications.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { DeliveriesCard } from './DeliveriesCard.tsx';
import { useDeleteWebhook, useTestWebhook, useWebhooks } from './use-webhooks.ts';
import { WebhookForm } from './WebhookForm.tsx';
import './notifications.css';

function WebhookRow({ webhook }: { webhook: WebhookView }) {
  const { t } = useTranslation('notifications');
  const test = useTestWebhook();
  const remove = useDeleteWebhook();
  const events =
    webhook.events.length === 0
      ? t('webhooks.allEvents')
      : webhook.events.map((k) => t(`kind.${k}`)).join(', ');
  return (
    <tr>
      <td>
        <strong>{webhook.name}</strong>
        <div className="faint">{webhook.urlPreview}</div>
        <div className="muted">
          {t(`webhooks.formats.${webhook.format}`)} · {t('webhooks.events')}: {events}
        </div>
        {test.data ? (
          <div className={`notice ${test.data.ok ? 'notice-success' : 'notice-danger'}`} role="status">
            {test.data.ok ? t('webhooks.testOk') : t('webhooks.testFailed', { reason: test.data.message })}
          </div>
        ) : null}
      </td>
      <td className="right">
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-small"
            disabled={test.isPending}
            onClick={() => test.mutate(webhook.id)}
          >
            <Send size={14} /> {t('webhooks.test')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={remove.isPending}
            onClick={() =>
              window.confirm(t('webhooks.confirmRemove', { name: webhook.name })) && remove.mutate(webhook.id)
            }
          >
            <Trash2 size={14} /> {t('webhooks.remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}

function WebhookTable({ items }: { items: WebhookView[] }) {
  const { t } = useTranslation('notifications');
  if (items.length === 0)
    return <EmptyState title={t('webhooks.emptyTitle')}>{t('webhooks.emptyText')}</EmptyState>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('webhooks.name')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {items.map((webhook) => (
            <WebhookRow key={webhook.id} webhook={webhook} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Settings → notifications: the workspace's webhooks and what could not be delivered. */
export function WebhooksPage() {
  const { t } = useTranslation('notifications');
  const query = useWebhooks();
  return (
    <>
      <PageHeader title={t('webhooks.title')} lead={t('webhooks.lead')} />
      <Card title={t('webhooks.listTitle')}>
        <div className="stack">
          <QueryState query={query} height={120}>
            {(data) => <WebhookTable items={data.items} />}
          </QueryState>
          <WebhookForm />
        </div>
      </Card>
      <DeliveriesCard />
    </>
  );
}
