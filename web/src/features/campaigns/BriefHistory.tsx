import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../src/contract/campaigns.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime, formatMoney } from '../../ui/format.ts';
import { QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { campaignWrites, useCampaignAction, useComments, useDiff } from './api.ts';

/** A diff value as a person reads it: an added list item by its text, money in euros, nothing as "–". */
function show(path: string, value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'object' && 'value' in value) return show(path, value.value);
  if (typeof value === 'number' && path.startsWith('budgetCents')) return formatMoney(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function VersionsCard({ detail }: { detail: CampaignDetail }) {
  const { t } = useTranslation('campaigns');
  const latest = detail.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const diff = useDiff(detail.campaign.id, from, latest);
  return (
    <Card title={t('versions')}>
      <ul>
        {detail.versions.map((version) => (
          <li key={version.version}>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => setFrom(version.version)}
            >
              {t('version', { version: version.version })}
            </button>{' '}
            {version.authorName ?? ''} · {formatDateTime(version.createdAt)}
          </li>
        ))}
      </ul>
      {latest > from ? (
        <>
          <h3>{t('diff', { from, to: latest })}</h3>
          <QueryState query={diff}>
            {({ changes }) =>
              changes.length === 0 ? (
                <p className="muted">{t('noChanges')}</p>
              ) : (
                <ul className="brief-diff">
                  {changes.map((change) => (
                    <li key={change.path}>
                      <code>{change.path}</code>: <del>{show(change.path, change.before)}</del> →{' '}
                      <ins>{show(change.path, change.after)}</ins>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </>
      ) : null}
    </Card>
  );
}

export function CommentsCard({ id }: { id: number }) {
  const { t } = useTranslation('campaigns');
  const canComment = useCan('comments', 'write');
  const query = useComments(id);
  const [body, setBody] = useState('');
  const comment = useCampaignAction(id, campaignWrites(id).comment);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    comment.mutate({ body }, { onSuccess: () => setBody('') });
  };
  return (
    <Card title={t('comments')}>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('noComments')}</p>
          ) : (
            <ul className="comments">
              {items.map((item) => (
                <li key={item.id}>
                  <strong>{item.authorName ?? '–'}</strong>{' '}
                  <span className="muted">{formatDateTime(item.createdAt)}</span>
                  <p>{item.body}</p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {canComment ? (
        <form className="form" onSubmit={submit}>
          {comment.isError ? <div className="notice notice-danger">{comment.error.message}</div> : null}
          <textarea
            aria-label={t('comments')}
            className="input"
            rows={2}
            placeholder={t('commentPlaceholder')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <button type="submit" className="btn" disabled={comment.isPending || body.trim() === ''}>
            {t('send')}
          </button>
        </form>
      ) : null}
    </Card>
  );
}
