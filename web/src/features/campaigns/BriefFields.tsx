/**
 * The brief's editable fields. Every suggestion shows where it came from ("from diagnosis: Perceived as too
 * expensive, share 61 %") until it is changed; from then on it says "edited" — the server confirms the same mark
 * when the version is saved (core/brief/mark-edited.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSource } from '../../../../src/core/brief/describe-source.ts';
import type { BriefContent, Suggested } from '../../../../src/core/brief/types.ts';
import { useLocale } from './use-locale.ts';

export type Edit = (change: (brief: BriefContent) => BriefContent) => void;

/** A value the person typed: it no longer claims to come from the diagnosis. */
export function edited<T>(value: T): Suggested<T> {
  return { value, source: { kind: 'edited' } };
}

export function Source({ suggestion }: { suggestion: Suggested<unknown> }) {
  const locale = useLocale();
  const isEdited = suggestion.source.kind === 'edited';
  return (
    <span className={isEdited ? 'brief-source brief-source-edited' : 'brief-source'}>
      {describeSource(suggestion.source, locale)}
    </span>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  suggestion: Suggested<string>;
  isReadOnly: boolean;
  onChange: (value: Suggested<string>) => void;
  isLong?: boolean;
}) {
  const { id, label, suggestion, isReadOnly, onChange } = props;
  const common = {
    id,
    className: 'input',
    value: suggestion.value,
    readOnly: isReadOnly,
    'aria-describedby': `${id}-source`,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {props.isLong ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(edited(e.target.value))} />
      ) : (
        <input {...common} onChange={(e) => onChange(edited(e.target.value))} />
      )}
      <span id={`${id}-source`}>
        <Source suggestion={suggestion} />
      </span>
    </div>
  );
}

export function DateField(props: {
  id: string;
  label: string;
  suggestion: Suggested<string>;
  isReadOnly: boolean;
  onChange: (value: Suggested<string>) => void;
}) {
  const { id, label, suggestion, isReadOnly, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="date"
        value={suggestion.value}
        readOnly={isReadOnly}
        required
        onChange={(e) => e.target.value && onChange(edited(e.target.value))}
      />
      <Source suggestion={suggestion} />
    </div>
  );
}

/**
 * A list of messages, proof points or channels: each item edited in place, removed, or added at the end. Items
 * are labelled "Proof point 2" so a screen reader and the keyboard reach each one.
 */
export function ListField(props: {
  id: string;
  label: string;
  /** The name of one item where it must be unique on the page: "Desire: proof point". */
  itemLabel: string;
  /** The same, short, for the add button's visible text: "proof point". */
  itemShortLabel: string;
  items: readonly Suggested<string>[];
  isReadOnly: boolean;
  onChange: (items: Suggested<string>[]) => void;
}) {
  const { t } = useTranslation('campaigns');
  const { id, label, itemLabel, items, isReadOnly, onChange } = props;
  // After "add", the new item takes the focus so typing goes straight into it.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const replace = (index: number, value: string) =>
    onChange(items.map((item, i) => (i === index ? edited(value) : item)));
  return (
    <fieldset className="brief-list" id={id}>
      <legend>{label}</legend>
      {items.length === 0 ? <p className="muted">–</p> : null}
      {items.map((item, index) => {
        const name = `${itemLabel} ${index + 1}`;
        return (
          // Items have no identity of their own; the position is what the person sees and edits.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div className="brief-list-item" key={index}>
            <input
              className="input"
              aria-label={name}
              ref={(element) => {
                if (element && index === focusIndex) {
                  element.focus();
                  setFocusIndex(null);
                }
              }}
              value={item.value}
              readOnly={isReadOnly}
              onChange={(e) => replace(index, e.target.value)}
            />
            {isReadOnly ? null : (
              <button
                type="button"
                className="btn btn-small btn-ghost"
                aria-label={t('removeItem', { item: name })}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                ✕
              </button>
            )}
            <Source suggestion={item} />
          </div>
        );
      })}
      {isReadOnly ? null : (
        <button
          type="button"
          className="btn btn-small btn-ghost brief-list-add"
          aria-label={t('addItem', { item: itemLabel })}
          onClick={() => {
            setFocusIndex(items.length);
            onChange([...items, edited('')]);
          }}
        >
          + {t('addItem', { item: props.itemShortLabel })}
        </button>
      )}
    </fieldset>
  );
}
