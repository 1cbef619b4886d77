import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RequestDraft } from '../../../../src/contract/requests.ts';
import { ApiError } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/States.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { useCreateRequest, useRequestDraft } from './use-requests.ts';
import './requests.css';

type ScopeKey = 'product' | 'segment' | 'region';
const SCOPE_LISTS: Record<ScopeKey, keyof RequestDraft['dimensions']> = {
  product: 'products',
  segment: 'segments',
  region: 'regions',
};

function ScopePicker({
  draft,
  scope,
  onChange,
}: {
  draft: RequestDraft;
  scope: Partial<Record<ScopeKey, number>>;
  onChange: (scope: Partial<Record<ScopeKey, number>>) => void;
}) {
  const { t } = useTranslation('requests');
  return (
    <fieldset className="form-row request-scope">
      <legend>{t('new.scope')}</legend>
      {(Object.keys(SCOPE_LISTS) as ScopeKey[]).map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`scope-${key}`}>{t(`new.${key}`)}</label>
          <select
            id={`scope-${key}`}
            className="input"
            value={scope[key] ?? ''}
            onChange={(e) => {
              const { [key]: _, ...rest } = scope;
              onChange(e.target.value ? { ...rest, [key]: Number(e.target.value) } : rest);
            }}
          >
            <option value="">{t('new.any')}</option>
            {draft.dimensions[SCOPE_LISTS[key]].map((value) => (
              <option key={value.id} value={value.id}>
                {value.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

function RequestForm({ draft }: { draft: RequestDraft }) {
  const { t } = useTranslation('requests');
  const navigate = useNavigate();
  const create = useCreateRequest();
  const [scope, setScope] = useState<Partial<Record<ScopeKey, number>>>({});
  const [title, setTitle] = useState(draft.title);
  const [ownerId, setOwnerId] = useState<number | null>(draft.owners[0]?.id ?? null);
  const [dueOn, setDueOn] = useState(draft.suggestedDueOn);
  const [note, setNote] = useState('');
  const error = create.error instanceof ApiError ? create.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        ...(draft.alertId ? { alertId: draft.alertId } : { scope }),
        ...(title.trim() ? { title: title.trim() } : {}),
        marketingOwnerId: ownerId,
        dueOn: dueOn || null,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: (detail) => navigate(`/requests/${detail.request.id}`) },
    );
  };
  return (
    <form className="form" onSubmit={submit}>
      {draft.alertId ? null : <ScopePicker draft={draft} scope={scope} onChange={setScope} />}
      <div className="field">
        <label htmlFor="request-title">{t('new.titleField')}</label>
        <input
          id="request-title"
          className="input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        {draft.alertId ? null : <span className="hint">{t('new.titleHint')}</span>}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="request-owner">{t('new.owner')}</label>
          <select
            id="request-owner"
            className="input"
            value={ownerId ?? ''}
            onChange={(e) => setOwnerId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('new.ownerNone')}</option>
            {draft.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name} ({t(`common:role.${owner.role}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="request-due">{t('new.due')}</label>
          <input
            id="request-due"
            type="date"
            className="input"
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="request-note">{t('new.note')}</label>
        <textarea
          id="request-note"
          className="input"
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <span className="hint">{t('new.noteHint')}</span>
      </div>
      {error ? (
        <div className="notice notice-danger" role="alert">
          {error.message}
          {error.details.length > 0 ? (
            <ul>
              {error.details.map((d) => (
                <li key={`${d.field}-${d.value}`}>
                  {d.field}: {d.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={create.isPending || draft.alertStatus === 'dismissed'}
        >
          {t('new.submit')}
        </button>
        <Link className="btn btn-ghost" to="/requests">
          {t('new.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** `/requests/new?alert=<id>`: one step from an alert to a request; without `alert`, a request by hand. */
export function NewRequestPage() {
  const { t } = useTranslation('requests');
  const [params] = useSearchParams();
  const alertParam = Number(params.get('alert'));
  const alertId = Number.isInteger(alertParam) && alertParam > 0 ? alertParam : null;
  const query = useRequestDraft(alertId);
  return (
    <>
      <PageHeader title={t('new.title')} lead={alertId ? t('new.leadAlert') : t('new.leadHand')} />
      <QueryState query={query}>
        {(draft) => (
          <div className="request-new">
            {draft.openRequestIds.length > 0 ? (
              <div className="notice notice-warning" role="status">
                {t('new.already')}{' '}
                {draft.openRequestIds.map((id) => (
                  <Link key={id} to={`/requests/${id}`}>
                    {t('new.openExisting', { id })}
                  </Link>
                ))}
              </div>
            ) : null}
            {draft.alertStatus === 'dismissed' ? (
              <div className="notice notice-danger" role="alert">
                {t('new.dismissed')}
              </div>
            ) : null}
            <Card>
              <RequestForm draft={draft} />
            </Card>
            {draft.evidence ? <EvidenceCard evidence={draft.evidence} /> : null}
          </div>
        )}
      </QueryState>
    </>
  );
}
