import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../src/contract/requests.ts';
import { ApiError } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { useUpdateRequest } from './use-requests.ts';

/** Owner and due date (editable while the request is open), and the status moves the caller may make. */
export function RequestControls({ detail, canWrite }: { detail: RequestDetail; canWrite: boolean }) {
  const { t } = useTranslation('requests');
  const { request } = detail;
  const update = useUpdateRequest(request.id);
  const [ownerId, setOwnerId] = useState<number | null>(request.marketingOwner?.id ?? null);
  const [dueOn, setDueOn] = useState(request.dueOn ?? '');
  const owners = detail.people.filter((p) => p.role === 'marketing' || p.role === 'admin');
  const isEditable = canWrite && request.status !== 'closed';
  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ marketingOwnerId: ownerId, dueOn: dueOn || null });
  };
  return (
    <Card title={t('detail.workflow')}>
      <div className="stack">
        {detail.moves.length > 0 && canWrite ? (
          <div className="request-moves">
            {detail.moves.map((status) => (
              <button
                key={status}
                type="button"
                className={`btn btn-small ${status === 'closed' ? 'btn-danger' : ''}`}
                disabled={update.isPending}
                onClick={() => update.mutate({ status })}
              >
                {t(`moveTo.${status}`)}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">{t('detail.noMoves')}</p>
        )}
        <form className="form" onSubmit={save}>
          <div className="field">
            <label htmlFor="detail-owner">{t('detail.owner')}</label>
            <select
              id="detail-owner"
              className="input"
              disabled={!isEditable}
              value={ownerId ?? ''}
              onChange={(e) => setOwnerId(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">{t('new.ownerNone')}</option>
              {owners.map((owner) => (
                <option key={owner.id} value={owner.id}>
                  {owner.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="detail-due">{t('detail.due')}</label>
            <input
              id="detail-due"
              type="date"
              className="input"
              disabled={!isEditable}
              value={dueOn}
              onChange={(e) => setDueOn(e.target.value)}
            />
          </div>
          {isEditable ? (
            <div className="form-actions">
              <button type="submit" className="btn" disabled={update.isPending}>
                {t('detail.save')}
              </button>
              {update.isSuccess ? <span role="status">{t('detail.saved')}</span> : null}
            </div>
          ) : null}
        </form>
        {update.error ? (
          <div className="notice notice-danger" role="alert">
            {update.error instanceof ApiError ? update.error.message : String(update.error)}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
