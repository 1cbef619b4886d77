import { Save } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView, UpdateSettings } from '../../../../src/contract/settings.ts';
import { ApiError } from '../../api/client.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorState, QueryState } from '../../ui/States.tsx';
import {
  FiscalYearField,
  IndicatorsField,
  PoolingField,
  SensitivityField,
  type SettingsDraft,
} from './SettingsFields.tsx';
import { useSaveSettings, useSettings } from './use-settings.ts';
import './settings.css';

function toDraft(view: SettingsView): SettingsDraft {
  return {
    fiscalYearStartMonth: view.settings.fiscalYearStartMonth,
    falseAlarmWeeks: view.settings.falseAlarmWeeks,
    watched: view.indicators.filter((i) => i.isWatched).map((i) => i.key),
    minDealsPerQuarter: String(view.settings.minDealsPerQuarter),
  };
}

function toChanges(draft: SettingsDraft): UpdateSettings {
  const minDeals = draft.minDealsPerQuarter.trim();
  return {
    fiscalYearStartMonth: draft.fiscalYearStartMonth,
    falseAlarmWeeks: draft.falseAlarmWeeks,
    watchedIndicators: draft.watched,
    // An empty field goes as null so the server names the field rather than silently storing 0.
    minDealsPerQuarter: (minDeals === '' ? null : Number(minDeals)) as number,
  };
}

function SettingsForm({ view }: { view: SettingsView }) {
  const { t } = useTranslation('settings');
  const save = useSaveSettings();
  const [draft, setDraftState] = useState<SettingsDraft>(() => toDraft(view));
  useEffect(() => setDraftState(toDraft(view)), [view]);
  const setDraft = (change: Partial<SettingsDraft>) => {
    save.reset();
    setDraftState((current) => ({ ...current, ...change }));
  };
  const fieldError = (field: string) =>
    save.error instanceof ApiError
      ? save.error.details.find((d) => d.field === `body.${field}` || d.field?.startsWith(`body.${field}.`))
          ?.message
      : undefined;
  const hasFieldErrors = save.error instanceof ApiError && save.error.details.length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toChanges(draft));
  };
  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      {view.canEdit ? null : <p className="notice notice-warning">{t('readOnly')}</p>}
      <fieldset className="settings-sections" disabled={!view.canEdit}>
        <div className="grid grid-2">
          <FiscalYearField draft={draft} setDraft={setDraft} error={fieldError('fiscalYearStartMonth')} />
          <PoolingField draft={draft} setDraft={setDraft} error={fieldError('minDealsPerQuarter')} />
        </div>
        <SensitivityField
          draft={draft}
          setDraft={setDraft}
          choices={view.sensitivityChoicesWeeks}
          error={fieldError('falseAlarmWeeks')}
        />
        <IndicatorsField
          draft={draft}
          setDraft={setDraft}
          indicators={view.indicators}
          error={fieldError('watchedIndicators')}
        />
      </fieldset>
      {view.canEdit ? (
        <div className="form-actions settings-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            <Save size={16} /> {t('save')}
          </button>
          {save.isSuccess ? (
            <span className="notice notice-success" role="status">
              {t('saved')}
            </span>
          ) : null}
        </div>
      ) : null}
      {save.isError && !hasFieldErrors ? <ErrorState error={save.error} /> : null}
    </form>
  );
}

/** How Tandem watches: fiscal calendar, sensitivity, watched indicators, pooling of small scopes. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const query = useSettings();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <QueryState query={query} height={420}>
        {(view) => <SettingsForm view={view} />}
      </QueryState>
    </>
  );
}
