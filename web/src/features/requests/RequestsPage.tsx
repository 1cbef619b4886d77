import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestSummary } from '../../../../src/contract/requests.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../../../src/core/types.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { StatusChip } from './StatusChip.tsx';
import { useRequestList } from './use-requests.ts';
import './requests.css';

function RequestRow({ request }: { request: RequestSummary }) {
  const { t } = useTranslation('requests');
  const { progress } = request;
  return (
    <tr>
      <td>
        <Link to={`/requests/${request.id}`} className="request-link">
          {request.title}
        </Link>
        <div className="faint">
          #{request.id} · {request.requestedBy?.name ?? ''}
        </div>
      </td>
      <td>
        <StatusChip status={request.status} />
      </td>
      <td>{request.marketingOwner?.name ?? <span className="muted">{t('list.noOwner')}</span>}</td>
      <td className="num">{request.dueOn ? formatDate(request.dueOn) : '–'}</td>
      <td className="num">
        {progress.asked === 0
          ? '–'
          : t('list.progressValue', { answered: progress.answered, asked: progress.asked })}
      </td>
    </tr>
  );
}

function RequestTable({ items }: { items: RequestSummary[] }) {
  const { t } = useTranslation('requests');
  const canCreate = useCan('alerts', 'write');
  if (items.length === 0)
    return (
      <EmptyState
        title={t('list.emptyTitle')}
        action={
          canCreate ? (
            <Link className="btn btn-primary" to="/requests/new">
              <Plus size={16} /> {t('list.new')}
            </Link>
          ) : undefined
        }
      >
        {canCreate ? t('list.emptyText') : t('list.emptyMarketing')}
      </EmptyState>
    );
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('list.request')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.owner')}</th>
            <th scope="col">{t('list.due')}</th>
            <th scope="col">{t('list.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((request) => (
            <RequestRow key={request.id} request={request} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Requests (DESIGN §8): what marketing is working on for sales, and where each stands. */
export function RequestsPage() {
  const { t } = useTranslation('requests');
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [isMine, setIsMine] = useState(false);
  const query = useRequestList({ ...(status ? { status } : {}), isMine });
  const canCreate = useCan('alerts', 'write');
  return (
    <>
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          canCreate ? (
            <Link className="btn btn-primary" to="/requests/new">
              <Plus size={16} /> {t('list.new')}
            </Link>
          ) : undefined
        }
      />
      <Card>
        <div className="request-filters">
          <fieldset className="segmented segmented-light" aria-label={t('list.filter')}>
            <button type="button" aria-pressed={!isMine} onClick={() => setIsMine(false)}>
              {t('list.all')}
            </button>
            <button type="button" aria-pressed={isMine} onClick={() => setIsMine(true)}>
              {t('list.mine')}
            </button>
          </fieldset>
          <select
            className="input request-status-filter"
            aria-label={t('list.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value as RequestStatus | '')}
          >
            <option value="">{t('list.allStatuses')}</option>
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <QueryState query={query} height={160}>
          {(data) => <RequestTable items={data.items} />}
        </QueryState>
      </Card>
    </>
  );
}
