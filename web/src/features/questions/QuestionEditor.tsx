import { Plus, X } from 'lucide-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionContentInput, QuestionView } from '../../../../src/contract/questions.ts';
import { AIDA_STAGES, type AidaStage, BARRIER_KEYS, type BarrierKey } from '../../../../src/core/aida.ts';
import { ANSWER_TYPES, type AnswerType } from '../../../../src/core/questions/types.ts';
import { ApiError } from '../../api/client.ts';

type Option = NonNullable<QuestionContentInput['options']>[number];

const EMPTY_OPTION: Option = { label: { de: '', en: '' }, barrier: null };

function isChoice(type: AnswerType): boolean {
  return type === 'single_choice' || type === 'multi_choice';
}

function OptionsEditor({ options, onChange }: { options: Option[]; onChange: (o: Option[]) => void }) {
  const { t } = useTranslation('questions');
  const set = (index: number, option: Option) => onChange(options.map((o, i) => (i === index ? option : o)));
  return (
    <fieldset className="question-options">
      <legend>{t('editor.options')}</legend>
      {options.map((option, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options have no id until saved; position is their identity here
        <div className="question-option" key={index}>
          <input
            className="input"
            aria-label={`${t('editor.optionDe')} ${index + 1}`}
            placeholder={t('editor.optionDe')}
            value={option.label.de}
            onChange={(e) => set(index, { ...option, label: { ...option.label, de: e.target.value } })}
          />
          <input
            className="input"
            aria-label={`${t('editor.optionEn')} ${index + 1}`}
            placeholder={t('editor.optionEn')}
            value={option.label.en}
            onChange={(e) => set(index, { ...option, label: { ...option.label, en: e.target.value } })}
          />
          <select
            className="input"
            aria-label={`${t('editor.optionBarrier')} ${index + 1}`}
            value={option.barrier ?? ''}
            onChange={(e) =>
              set(index, { ...option, barrier: (e.target.value || null) as BarrierKey | null })
            }
          >
            <option value="">{t('editor.optionNone')}</option>
            {BARRIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`common:barrier.${key}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            aria-label={t('editor.removeOption', { n: index + 1 })}
            onClick={() => onChange(options.filter((_, i) => i !== index))}
          >
            <X size={14} />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...options, { ...EMPTY_OPTION }])}
      >
        <Plus size={14} /> {t('editor.addOption')}
      </button>
    </fieldset>
  );
}

/** The form for one question, new or edited; bad input stays in the form with the server's reasons. */
export function QuestionEditor({
  question,
  isPending,
  error,
  onSubmit,
  onCancel,
  extra,
}: {
  question?: QuestionView;
  isPending: boolean;
  error: unknown;
  onSubmit: (content: QuestionContentInput) => void;
  onCancel: () => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation('questions');
  const [textDe, setTextDe] = useState(question?.text.de ?? '');
  const [textEn, setTextEn] = useState(question?.text.en ?? '');
  const [barrier, setBarrier] = useState<BarrierKey | null>(question?.barrier ?? null);
  const [stage, setStage] = useState<AidaStage | null>(question?.aidaStage ?? null);
  const [answerType, setAnswerType] = useState<AnswerType>(question?.answerType ?? 'scale');
  const [options, setOptions] = useState<Option[]>(
    question?.options.map((o) => ({
      key: o.key,
      label: o.label,
      barrier: o.barrier as BarrierKey | null,
    })) ?? [{ ...EMPTY_OPTION }, { ...EMPTY_OPTION }],
  );
  const id = question?.id ?? 'new';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      barrier,
      aidaStage: stage,
      answerType,
      text: { de: textDe, en: textEn },
      ...(isChoice(answerType) ? { options } : {}),
    });
  };
  const apiError = error instanceof ApiError ? error : null;
  return (
    <form className="form question-editor" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`q-${id}-de`}>{t('editor.textDe')}</label>
        <textarea
          id={`q-${id}-de`}
          className="input"
          rows={2}
          required
          value={textDe}
          onChange={(e) => setTextDe(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`q-${id}-en`}>{t('editor.textEn')}</label>
        <textarea
          id={`q-${id}-en`}
          className="input"
          rows={2}
          required
          value={textEn}
          onChange={(e) => setTextEn(e.target.value)}
        />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`q-${id}-barrier`}>{t('editor.barrier')}</label>
          <select
            id={`q-${id}-barrier`}
            className="input"
            value={barrier ?? ''}
            onChange={(e) => setBarrier((e.target.value || null) as BarrierKey | null)}
          >
            <option value="">{t('editor.noBarrier')}</option>
            {BARRIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`common:barrier.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`q-${id}-stage`}>{t('editor.stage')}</label>
          <select
            id={`q-${id}-stage`}
            className="input"
            value={stage ?? ''}
            onChange={(e) => setStage((e.target.value || null) as AidaStage | null)}
          >
            <option value="">{t('editor.noStage')}</option>
            {AIDA_STAGES.map((key) => (
              <option key={key} value={key}>
                {t(`common:aida.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`q-${id}-type`}>{t('editor.answerType')}</label>
          <select
            id={`q-${id}-type`}
            className="input"
            value={answerType}
            onChange={(e) => setAnswerType(e.target.value as AnswerType)}
          >
            {ANSWER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`requests:answerType.${type}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isChoice(answerType) ? <OptionsEditor options={options} onChange={setOptions} /> : null}
      {apiError ? (
        <div className="notice notice-danger" role="alert">
          {apiError.message}
          <ul>
            {apiError.details.map((d) => (
              <li key={`${d.field}-${d.message}`}>
                {d.field}: {d.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {t('editor.save')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        {extra}
      </div>
    </form>
  );
}
