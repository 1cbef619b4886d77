import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView } from '../../../../src/contract/requests.ts';
import { ApiError } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useAddComment } from './use-requests.ts';

/** Comments oldest first; @mentions are highlighted; the text stays in the box if sending fails. */
export function CommentsCard({
  requestId,
  comments,
  canComment,
}: {
  requestId: number;
  comments: CommentView[];
  canComment: boolean;
}) {
  const { t } = useTranslation('requests');
  const add = useAddComment(requestId);
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <Card title={t('comments.title')}>
      <div className="stack">
        {comments.length === 0 ? <p className="muted">{t('comments.empty')}</p> : null}
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <div className="comment-meta">
                <strong>{comment.author?.name ?? t('comments.unknownAuthor')}</strong>{' '}
                <span className="faint">{formatDateTime(comment.createdAt)}</span>
              </div>
              <p className="comment-body">{comment.body}</p>
              {comment.mentions.length > 0 ? (
                <div className="chips">
                  {comment.mentions.map((person) => (
                    <span key={person.id} className="chip">
                      @{person.name}
                    </span>
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {canComment ? (
          <form className="form" onSubmit={submit}>
            <div className="field">
              <label htmlFor="comment-body">{t('comments.field')}</label>
              <textarea
                id="comment-body"
                className="input"
                rows={3}
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
              <span className="hint">{t('comments.hint')}</span>
            </div>
            {add.error ? (
              <div className="notice notice-danger" role="alert">
                {add.error instanceof ApiError ? add.error.message : String(add.error)}
              </div>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="btn" disabled={add.isPending || !body.trim()}>
                {t('comments.send')}
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </Card>
  );
}
