/** The input of one question, by answer type: scale, share, choices, free text, competitors, price point. */
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { FormQuestion } from '../../../../src/contract/answers.ts';
import { SCALE_ANCHORS } from '../../../../src/core/questions/scale.ts';
import type { CompetitorMention, PricePoint } from '../../../../src/core/questions/types.ts';

interface InputProps {
  question: FormQuestion;
  value: unknown;
  isDisabled: boolean;
  onChange: (value: unknown) => void;
}

type Language = 'de' | 'en';

function toNumberOrNull(text: string): number | null {
  if (text.trim() === '') return null;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

function ScaleInput({ question, value, isDisabled, onChange }: InputProps) {
  const { t, i18n } = useTranslation('answers');
  return (
    <fieldset className="options">
      <legend className="visually-hidden">{t('form.scaleLegend')}</legend>
      {SCALE_ANCHORS.map((anchor) => (
        <label key={anchor.value} className="option">
          <input
            type="radio"
            name={`q${question.id}`}
            checked={value === anchor.value}
            disabled={isDisabled}
            onChange={() => onChange(anchor.value)}
          />
          {anchor.label[i18n.language as Language] ?? anchor.label.en}
        </label>
      ))}
    </fieldset>
  );
}

function ChoiceInput({ question, value, isDisabled, onChange }: InputProps) {
  const { t, i18n } = useTranslation('answers');
  const isMulti = question.answerType === 'multi_choice';
  const picked: string[] = isMulti
    ? Array.isArray(value)
      ? (value as string[])
      : []
    : typeof value === 'string'
      ? [value]
      : [];
  const toggle = (key: string) => {
    if (!isMulti) return onChange(key);
    onChange(picked.includes(key) ? picked.filter((item) => item !== key) : [...picked, key]);
  };
  return (
    <fieldset className="options">
      <legend className="visually-hidden">{question.text[i18n.language as Language]}</legend>
      {isMulti && question.maxChoices ? (
        <span className="muted small">{t('form.chooseMax', { max: question.maxChoices })}</span>
      ) : null}
      {question.options.map((option) => (
        <label key={option.key} className="option">
          <input
            type={isMulti ? 'checkbox' : 'radio'}
            name={`q${question.id}`}
            checked={picked.includes(option.key)}
            disabled={isDisabled}
            onChange={() => toggle(option.key)}
          />
          {option.label[i18n.language as Language] ?? option.label.en}
        </label>
      ))}
    </fieldset>
  );
}

function CompetitorInput({ question, value, isDisabled, onChange }: InputProps) {
  const { t } = useTranslation('answers');
  const rows: CompetitorMention[] =
    Array.isArray(value) && value.length > 0 ? (value as CompetitorMention[]) : [{ name: '', better: '' }];
  const update = (index: number, change: Partial<CompetitorMention>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <div className="options">
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the position is the row
        <div className="competitor-row" key={`${question.id}-${index}`}>
          <label className="field">
            <span>{t('form.competitorName')}</span>
            <input
              className="input"
              value={row.name}
              disabled={isDisabled}
              maxLength={120}
              onChange={(e) => update(index, { name: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('form.competitorBetter')}</span>
            <input
              className="input"
              value={row.better ?? ''}
              disabled={isDisabled}
              onChange={(e) => update(index, { better: e.target.value })}
            />
          </label>
          {rows.length > 1 && !isDisabled ? (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <Trash2 size={14} /> {t('form.competitorRemove')}
            </button>
          ) : null}
        </div>
      ))}
      {isDisabled ? null : (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange([...rows, { name: '', better: '' }])}
        >
          <Plus size={14} /> {t('form.competitorAdd')}
        </button>
      )}
    </div>
  );
}

function PricePointInput({ value, isDisabled, onChange }: InputProps) {
  const { t } = useTranslation('answers');
  const price = (value ?? {}) as Partial<PricePoint>;
  const euros = (cents: number | undefined) => (typeof cents === 'number' ? String(cents / 100) : '');
  const set = (field: keyof PricePoint, text: string) => {
    const number = toNumberOrNull(text);
    onChange({ ...price, [field]: number === null ? undefined : Math.round(number * 100) });
  };
  return (
    <div className="form-row">
      <label className="field">
        <span>{t('form.priceCustomer')}</span>
        <input
          className="input"
          inputMode="decimal"
          value={euros(price.customerCents)}
          disabled={isDisabled}
          onChange={(e) => set('customerCents', e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('form.priceOurs')}</span>
        <input
          className="input"
          inputMode="decimal"
          value={euros(price.oursCents)}
          disabled={isDisabled}
          onChange={(e) => set('oursCents', e.target.value)}
        />
      </label>
    </div>
  );
}

export function QuestionInput(props: InputProps) {
  const { t, i18n } = useTranslation('answers');
  const { question, value, isDisabled, onChange } = props;
  switch (question.answerType) {
    case 'scale':
      return <ScaleInput {...props} />;
    case 'single_choice':
    case 'multi_choice':
      return <ChoiceInput {...props} />;
    case 'competitor':
      return <CompetitorInput {...props} />;
    case 'price_point':
      return <PricePointInput {...props} />;
    case 'share':
      return (
        <label className="field">
          <span>{t('form.shareLabel')}</span>
          <input
            className="input"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={typeof value === 'number' ? value : ''}
            disabled={isDisabled}
            onChange={(e) => onChange(toNumberOrNull(e.target.value))}
          />
        </label>
      );
    case 'text':
      return (
        <textarea
          className="input"
          aria-label={question.text[i18n.language as Language]}
          value={typeof value === 'string' ? value : ''}
          disabled={isDisabled}
          maxLength={2000}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
