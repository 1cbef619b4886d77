import { ArrowLeft } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PreferenceRow } from '../../../../src/contract/notifications.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorState, QueryState } from '../../ui/States.tsx';
import { usePreferences, useSavePreferences } from './use-notifications.ts';
import './notifications.css';

type Channel = 'inApp' | 'email';

function PreferenceTable({
  rows,
  onToggle,
}: {
  rows: PreferenceRow[];
  onToggle: (kind: string, channel: Channel) => void;
}) {
  const { t } = useTranslation('notifications');
  return (
    <div className="table-wrap">
      <table className="table toggle-table">
        <thead>
          <tr>
            <th scope="col">{t('preferences.event')}</th>
            <th scope="col" className="center">
              {t('preferences.inApp')}
            </th>
            <th scope="col" className="center">
              {t('preferences.email')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{t(`kind.${row.kind}`)}</th>
              {(['inApp', 'email'] as const).map((channel) => (
                <td key={channel} className="center">
                  <input
                    type="checkbox"
                    checked={row[channel]}
                    aria-label={`${t(`kind.${row.kind}`)}: ${t(`preferences.${channel}`)}`}
                    onChange={() => onToggle(row.kind, channel)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which notifications a person gets, per event, in Tandem and by e-mail. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation('notifications');
  const query = usePreferences();
  const save = useSavePreferences();
  const [rows, setRows] = useState<PreferenceRow[]>([]);
  useEffect(() => {
    if (query.data) setRows(query.data.preferences);
  }, [query.data]);
  const toggle = (kind: string, channel: Channel) => {
    save.reset();
    setRows((current) =>
      current.map((row) => (row.kind === kind ? { ...row, [channel]: !row[channel] } : row)),
    );
  };

  return (
    <>
      <PageHeader
        title={t('preferences.title')}
        lead={t('preferences.lead')}
        actions={
          <Link className="btn" to="/notifications">
            <ArrowLeft size={16} /> {t('preferences.back')}
          </Link>
        }
      />
      <QueryState query={query} height={320}>
        {(data) => (
          <Card>
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                save.mutate({ preferences: rows });
              }}
            >
              {data.isEmailConfigured ? null : (
                <p className="notice notice-warning">{t('preferences.emailOff')}</p>
              )}
              <PreferenceTable rows={rows} onToggle={toggle} />
              <div className="form-actions">
                <button type="submit" className="btn btn-primary" disabled={save.isPending}>
                  {t('preferences.save')}
                </button>
                {save.isSuccess ? (
                  <span className="notice notice-success" role="status">
                    {t('preferences.saved')}
                  </span>
                ) : null}
              </div>
              {save.isError ? <ErrorState error={save.error} /> : null}
            </form>
          </Card>
        )}
      </QueryState>
    </>
  );
}
