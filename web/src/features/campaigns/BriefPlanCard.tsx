/**
 * How the campaign runs and how we will know: tone, call to action, KPI goals beside the engine's baselines (and
 * the gap arithmetic they come from), timeline, budget in euros and the owner picked from marketing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../src/contract/requests.ts';
import { describeGapGoal } from '../../../../src/core/brief/describe-gap-goal.ts';
import type { BriefContent, BriefTimeline } from '../../../../src/core/brief/types.ts';
import { findIndicator } from '../../../../src/core/detect/catalogue.ts';
import { getIndicatorLabel } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { DateField, type Edit, edited, Source, TextField } from './BriefFields.tsx';
import { useLocale } from './use-locale.ts';

interface PlanProps {
  brief: BriefContent;
  isReadOnly: boolean;
  onEdit: Edit;
  owners: readonly PersonView[];
}

function GapGoalBox({ brief }: { brief: BriefContent }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  if (!brief.gapGoal) return null;
  const text = describeGapGoal(brief.gapGoal, locale);
  return (
    <div className="notice">
      <strong>{t('gap')}:</strong> {text.headline}
      {text.steps.length > 0 ? (
        <ol>
          {text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

/** Rates (win rate, stage conversion) are stored as fractions and shown, and typed, in percent. */
function isRate(key: string): boolean {
  return findIndicator(key)?.family === 'binomial';
}

function KpiTable({ brief, isReadOnly, onEdit }: Omit<PlanProps, 'owners'>) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const setGoal = (key: string, text: string) =>
    onEdit((b) => ({
      ...b,
      kpis: b.kpis.map((k) => {
        if (k.key !== key) return k;
        const typed = text === '' ? null : Number(text);
        return { ...k, goal: edited(typed !== null && isRate(key) ? typed / 100 : typed) };
      }),
    }));
  return (
    <div className="table-scroll">
      <table className="table brief-kpis">
        <thead>
          <tr>
            <th>KPI</th>
            <th>{t('baseline')}</th>
            <th>{t('goal')}</th>
          </tr>
        </thead>
        <tbody>
          {brief.kpis.map((kpi) => (
            <tr key={kpi.key}>
              <td>{getIndicatorLabel(kpi.key, locale)}</td>
              <td data-label={t('baseline')}>
                {isRate(kpi.key) ? formatPercent(kpi.baseline.value, 1) : formatNumber(kpi.baseline.value, 2)}{' '}
                <Source suggestion={kpi.baseline} />
              </td>
              <td data-label={t('goal')}>
                <input
                  aria-label={`${t('goal')} ${getIndicatorLabel(kpi.key, locale)}${isRate(kpi.key) ? ' (%)' : ''}`}
                  className="input"
                  type="number"
                  step="any"
                  readOnly={isReadOnly}
                  value={
                    kpi.goal.value === null
                      ? ''
                      : isRate(kpi.key)
                        ? roundPercent(kpi.goal.value)
                        : kpi.goal.value
                  }
                  onChange={(e) => setGoal(kpi.key, e.target.value)}
                />
                <Source suggestion={kpi.goal} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 0.3991 → 39.91: a fraction as the percent a person types. */
function roundPercent(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}

/** Euros as typed ("2500" or "2500,50") → cents; null for empty, NaN for anything else. */
function parseEuros(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d{0,2})?$/.test(trimmed) ? Math.round(Number(trimmed) * 100) : Number.NaN;
}

/** Cents as the field shows them: "25000" or "25000.50". */
function formatEuros(cents: number | null): string {
  if (cents === null) return '';
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

function BudgetField({ brief, isReadOnly, onEdit }: Omit<PlanProps, 'owners'>) {
  const { t } = useTranslation('campaigns');
  const cents = brief.budgetCents.value;
  const [text, setText] = useState(formatEuros(cents));
  const isInvalid = Number.isNaN(parseEuros(text));
  const change = (next: string) => {
    setText(next);
    const parsed = parseEuros(next);
    if (!Number.isNaN(parsed)) onEdit((b) => ({ ...b, budgetCents: edited(parsed) }));
  };
  return (
    <div className="field">
      <label htmlFor="brief-budget">{t('budget')}</label>
      <input
        id="brief-budget"
        className="input"
        inputMode="decimal"
        value={text}
        readOnly={isReadOnly}
        aria-invalid={isInvalid}
        aria-describedby="brief-budget-error"
        onChange={(e) => change(e.target.value)}
      />
      {isInvalid ? (
        <span className="error" id="brief-budget-error" role="alert">
          {t('budgetInvalid')}
        </span>
      ) : null}
      <Source suggestion={brief.budgetCents} />
    </div>
  );
}

function OwnerField({ brief, isReadOnly, onEdit, owners }: PlanProps) {
  const { t } = useTranslation('campaigns');
  const current = brief.owner.value;
  const names = owners.map((person) => person.name);
  // A name kept from an earlier version whose person has left stays visible rather than silently vanishing.
  if (current !== null && !names.includes(current)) names.unshift(current);
  return (
    <div className="field">
      <label htmlFor="brief-owner">{t('owner')}</label>
      <select
        id="brief-owner"
        className="input"
        value={current ?? ''}
        disabled={isReadOnly}
        onChange={(e) => onEdit((b) => ({ ...b, owner: edited(e.target.value || null) }))}
      >
        <option value="">{t('ownerNone')}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <Source suggestion={brief.owner} />
    </div>
  );
}

const TIMELINE_FIELDS: { key: keyof BriefTimeline; label: string }[] = [
  { key: 'startOn', label: 'startOn' },
  { key: 'endOn', label: 'endOn' },
  { key: 'evaluateOn', label: 'evaluateOn' },
];

export function BriefPlanCard(props: PlanProps) {
  const { t } = useTranslation('campaigns');
  const { brief, isReadOnly, onEdit } = props;
  return (
    <Card title={t('plan')} className="brief-card">
      <div className="form">
        <TextField
          id="brief-tone"
          label={t('tone')}
          suggestion={brief.tone}
          isReadOnly={isReadOnly}
          onChange={(tone) => onEdit((b) => ({ ...b, tone }))}
        />
        <TextField
          id="brief-cta"
          label={t('callToAction')}
          suggestion={brief.callToAction}
          isReadOnly={isReadOnly}
          onChange={(callToAction) => onEdit((b) => ({ ...b, callToAction }))}
        />
      </div>
      <h3>{t('kpis')}</h3>
      <GapGoalBox brief={brief} />
      <KpiTable brief={brief} isReadOnly={isReadOnly} onEdit={onEdit} />
      <h3>{t('timeline')}</h3>
      <div className="form-row brief-timeline">
        {TIMELINE_FIELDS.map((field) => (
          <DateField
            key={field.key}
            id={`brief-${field.key}`}
            label={t(`timelineFields.${field.label}`)}
            suggestion={brief.timeline[field.key]}
            isReadOnly={isReadOnly}
            onChange={(value) => onEdit((b) => ({ ...b, timeline: { ...b.timeline, [field.key]: value } }))}
          />
        ))}
      </div>
      <h3>{t('budgetAndOwner')}</h3>
      <div className="form-row brief-timeline">
        <BudgetField brief={brief} isReadOnly={isReadOnly} onEdit={onEdit} />
        <OwnerField {...props} />
      </div>
    </Card>
  );
}
