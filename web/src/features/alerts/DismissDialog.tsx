import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useDismissAlert } from './use-alerts.ts';

/**
 * Dismissing needs a reason: a native modal dialog (focus moves into it, Escape closes it, focus returns to the
 * button that opened it), the reason kept when the server refuses it.
 */
export function DismissDialog({ alertId, onClose }: { alertId: number; onClose: () => void }) {
  const { t } = useTranslation('alerts');
  const dismiss = useDismissAlert();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  // No close() on cleanup: its "close" event would reach onClose after React's development re-mount and shut
  // the dialog at once; unmounting removes the element, which ends the modal state anyway.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const error =
    dismiss.error instanceof ApiError
      ? (dismiss.error.details.find((d) => d.field === 'body.reason')?.message ?? dismiss.error.message)
      : dismiss.error?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dismiss.mutate({ id: alertId, reason }, { onSuccess: onClose });
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="dismiss-title" onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <h2 id="dismiss-title">{t('dismissTitle')}</h2>
        <div className="field">
          <label htmlFor="dismiss-reason">{t('dismissLabel')}</label>
          <textarea
            id="dismiss-reason"
            className="input"
            rows={3}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby="dismiss-hint dismiss-error"
            onChange={(event) => setReason(event.target.value)}
          />
          <span className="hint" id="dismiss-hint">
            {t('dismissHint')}
          </span>
          {error ? (
            <span className="error" id="dismiss-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-danger" disabled={dismiss.isPending}>
            {t('dismiss')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
