import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../../src/contract/settings.ts';
import { getIndicatorLabel } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';

export interface SettingsDraft {
  fiscalYearStartMonth: number;
  falseAlarmWeeks: number;
  watched: string[];
  minDealsPerQuarter: string;
}

type SetDraft = (change: Partial<SettingsDraft>) => void;

function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span className="error" id={id}>
      {message}
    </span>
  ) : null;
}

export function FiscalYearField({
  draft,
  setDraft,
  error,
}: {
  draft: SettingsDraft;
  setDraft: SetDraft;
  error?: string;
}) {
  const { t, i18n } = useTranslation('settings');
  const firstQuarter = [0, 1, 2]
    .map((offset) => monthName(((draft.fiscalYearStartMonth - 1 + offset) % 12) + 1, i18n.language))
    .join(', ');
  return (
    <Card title={t('fiscal.title')} lead={t('fiscal.lead')}>
      <div className="field">
        <label htmlFor="settings-fiscal-month">{t('fiscal.label')}</label>
        <select
          id="settings-fiscal-month"
          className="input"
          value={draft.fiscalYearStartMonth}
          aria-describedby="settings-fiscal-hint settings-fiscal-error"
          onChange={(event) => setDraft({ fiscalYearStartMonth: Number(event.target.value) })}
        >
          {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
            <option key={month} value={month}>
              {monthName(month, i18n.language)}
            </option>
          ))}
        </select>
        <span className="hint" id="settings-fiscal-hint">
          {t('fiscal.example', { months: firstQuarter })}
        </span>
        <FieldError id="settings-fiscal-error" message={error} />
      </div>
    </Card>
  );
}

export function SensitivityField({
  draft,
  setDraft,
  choices,
  error,
}: {
  draft: SettingsDraft;
  setDraft: SetDraft;
  choices: number[];
  error?: string;
}) {
  const { t } = useTranslation('settings');
  const options = choices.includes(draft.falseAlarmWeeks) ? choices : [...choices, draft.falseAlarmWeeks];
  return (
    <Card title={t('sensitivity.title')} lead={t('sensitivity.lead')}>
      <fieldset className="radio-cards">
        <legend className="visually-hidden">{t('sensitivity.legend')}</legend>
        {options.map((weeks) => {
          const isOffered = choices.includes(weeks);
          return (
            <label key={weeks} className="radio-card">
              <input
                type="radio"
                name="sensitivity"
                value={weeks}
                checked={draft.falseAlarmWeeks === weeks}
                onChange={() => setDraft({ falseAlarmWeeks: weeks })}
              />
              <span>
                <strong>
                  {isOffered ? t(`sensitivity.weeks${weeks}`) : t('sensitivity.custom', { weeks })}
                </strong>
                {isOffered ? <span className="hint">{t(`sensitivity.weeks${weeks}Hint`)}</span> : null}
              </span>
            </label>
          );
        })}
      </fieldset>
      <FieldError id="settings-sensitivity-error" message={error} />
    </Card>
  );
}

export function IndicatorsField({
  draft,
  setDraft,
  indicators,
  error,
}: {
  draft: SettingsDraft;
  setDraft: SetDraft;
  indicators: SettingsView['indicators'];
  error?: string;
}) {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const toggle = (key: string) =>
    setDraft({
      watched: draft.watched.includes(key) ? draft.watched.filter((k) => k !== key) : [...draft.watched, key],
    });
  const restore = () => setDraft({ watched: indicators.filter((i) => i.isDefault).map((i) => i.key) });
  return (
    <Card
      title={t('indicators.title')}
      lead={t('indicators.lead')}
      actions={
        <button type="button" className="btn btn-small" onClick={restore}>
          {t('indicators.useDefaults')}
        </button>
      }
    >
      <fieldset className="indicator-list" aria-describedby="settings-indicators-error">
        <legend className="visually-hidden">{t('indicators.title')}</legend>
        {indicators.map((indicator) => (
          <label key={indicator.key}>
            <input
              type="checkbox"
              checked={draft.watched.includes(indicator.key)}
              onChange={() => toggle(indicator.key)}
            />
            <span className="indicator-name">{getIndicatorLabel(indicator.key, locale)}</span>
            <span className="chips">
              <span className="chip">
                {indicator.aidaStage ? tc(`aida.${indicator.aidaStage}`) : t('indicators.stageByReason')}
              </span>
              {indicator.isDefault ? (
                <span className="chip chip-accent">{t('indicators.default')}</span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <FieldError id="settings-indicators-error" message={error} />
    </Card>
  );
}

export function PoolingField({
  draft,
  setDraft,
  error,
}: {
  draft: SettingsDraft;
  setDraft: SetDraft;
  error?: string;
}) {
  const { t } = useTranslation('settings');
  return (
    <Card title={t('pooling.title')} lead={t('pooling.lead')}>
      <div className="field">
        <label htmlFor="settings-min-deals">{t('pooling.label')}</label>
        <input
          id="settings-min-deals"
          className="input input-short"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={draft.minDealsPerQuarter}
          aria-invalid={error ? true : undefined}
          aria-describedby="settings-min-deals-hint settings-min-deals-error"
          onChange={(event) => setDraft({ minDealsPerQuarter: event.target.value })}
        />
        <span className="hint" id="settings-min-deals-hint">
          {t('pooling.hint')}
        </span>
        <FieldError id="settings-min-deals-error" message={error} />
      </div>
    </Card>
  );
}
