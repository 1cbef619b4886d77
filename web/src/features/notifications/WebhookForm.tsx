import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  WEBHOOK_FORMATS,
  type WebhookFormat,
} from '../../../../src/core/notifications.ts';
import { ApiError } from '../../api/client.ts';
import { useCreateWebhook } from './use-webhooks.ts';

/** Adds a webhook: name, address, format, language, and optionally only some events (none ticked = all). */
export function WebhookForm() {
  const { t } = useTranslation('notifications');
  const create = useCreateWebhook();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('slack');
  const [locale, setLocale] = useState<'de' | 'en'>('de');
  const [events, setEvents] = useState<NotificationKind[]>([]);
  const fieldError = (field: string) =>
    create.error instanceof ApiError
      ? create.error.details.find((d) => d.field === `body.${field}`)?.message
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, url, format, locale, events },
      {
        onSuccess: () => {
          setName('');
          setUrl('');
          setEvents([]);
        },
      },
    );
  };
  const toggle = (kind: NotificationKind) =>
    setEvents((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));

  return (
    <form className="stack" onSubmit={submit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="webhook-name">{t('webhooks.name')}</label>
          <input
            id="webhook-name"
            className="input"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="webhook-format">{t('webhooks.format')}</label>
          <select
            id="webhook-format"
            className="input"
            value={format}
            onChange={(e) => setFormat(e.target.value as WebhookFormat)}
          >
            {WEBHOOK_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`webhooks.formats.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="webhook-locale">{t('webhooks.language')}</label>
          <select
            id="webhook-locale"
            className="input"
            value={locale}
            onChange={(e) => setLocale(e.target.value as 'de' | 'en')}
          >
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="webhook-url">{t('webhooks.url')}</label>
        <input
          id="webhook-url"
          className="input"
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          autoComplete="off"
        />
        <span className="hint">{t('webhooks.urlHint')}</span>
        {fieldError('url') ? <span className="error">{fieldError('url')}</span> : null}
      </div>
      <fieldset className="checkbox-list">
        <legend className="hint">{t('webhooks.eventsHint')}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={events.includes(kind)} onChange={() => toggle(kind)} />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          <Plus size={16} /> {t('webhooks.add')}
        </button>
        {create.isError && !fieldError('url') ? (
          <span className="notice notice-danger">{create.error.message}</span>
        ) : null}
      </div>
    </form>
  );
}
