import { ArrowDown, ArrowUp, Plus, Send, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../../../src/contract/questions.ts';
import type { QuestionSetProposal } from '../../../../src/contract/requests.ts';
import { ApiError } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { RepPicker } from './RepPicker.tsx';
import { useCatalogue, useSendQuestionSet } from './use-requests.ts';

/** Reps answer on a phone between calls: past this many questions the builder warns. */
const SHORT_SET = 8;

interface PickedQuestion {
  question: QuestionView;
  because: { de: string; en: string } | null;
}

function move<T>(items: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

function PickedList({
  picked,
  onChange,
}: {
  picked: PickedQuestion[];
  onChange: (p: PickedQuestion[]) => void;
}) {
  const { t, i18n } = useTranslation('requests');
  const language = i18n.language === 'de' ? 'de' : 'en';
  return (
    <ol className="builder-questions">
      {picked.map((item, index) => (
        <li key={item.question.id} className="builder-question">
          <div>
            <div>{item.question.text[language]}</div>
            <div className="faint">
              {item.question.barrier ? `${t(`common:barrier.${item.question.barrier}`)} · ` : ''}
              {t(`answerType.${item.question.answerType}`)}
            </div>
            <div className="builder-reason">
              {item.because ? t('builder.because', { reason: item.because[language] }) : t('builder.added')}
            </div>
          </div>
          <div className="builder-actions">
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={`${t('builder.up')}: ${index + 1}`}
              disabled={index === 0}
              onClick={() => onChange(move(picked, index, -1))}
            >
              <ArrowUp size={14} />
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={`${t('builder.down')}: ${index + 1}`}
              disabled={index === picked.length - 1}
              onClick={() => onChange(move(picked, index, 1))}
            >
              <ArrowDown size={14} />
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={`${t('builder.remove')}: ${index + 1}`}
              onClick={() => onChange(picked.filter((_, i) => i !== index))}
            >
              <X size={14} />
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}

function CataloguePicker({ picked, onAdd }: { picked: PickedQuestion[]; onAdd: (q: QuestionView) => void }) {
  const { t, i18n } = useTranslation('requests');
  const language = i18n.language === 'de' ? 'de' : 'en';
  const catalogue = useCatalogue(true);
  const [chosen, setChosen] = useState('');
  const available = (catalogue.data?.items ?? []).filter((q) => !picked.some((p) => p.question.id === q.id));
  const add = () => {
    const question = available.find((q) => String(q.id) === chosen);
    if (question) onAdd(question);
    setChosen('');
  };
  return (
    <div className="builder-add">
      <label htmlFor="builder-add" className="visually-hidden">
        {t('builder.addFromCatalogue')}
      </label>
      <select id="builder-add" className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('builder.addFromCatalogue')} …</option>
        {available.map((q) => (
          <option key={q.id} value={q.id}>
            {q.barrier ? `${t(`common:barrier.${q.barrier}`)}: ` : ''}
            {q.text[language]}
          </option>
        ))}
      </select>
      <button type="button" className="btn" disabled={!chosen} onClick={add}>
        <Plus size={14} /> {t('builder.add')}
      </button>
    </div>
  );
}

/** Builds a question set from Tandem's proposal and sends it; nothing is stored until it is sent. */
export function QuestionSetBuilder({
  requestId,
  proposal,
  onSent,
  onCancel,
}: {
  requestId: number;
  proposal: QuestionSetProposal;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('requests');
  const send = useSendQuestionSet(requestId);
  const [title, setTitle] = useState(proposal.title);
  const [deadlineOn, setDeadlineOn] = useState(proposal.deadlineOn);
  const [picked, setPicked] = useState<PickedQuestion[]>(proposal.questions);
  const [repIds, setRepIds] = useState<number[]>(
    proposal.reps.filter((r) => r.isSuggested).map((r) => r.user.id),
  );
  const error = send.error instanceof ApiError ? send.error : null;
  const submit = () =>
    send.mutate(
      { title, deadlineOn, questionIds: picked.map((p) => p.question.id), recipientIds: repIds },
      { onSuccess: onSent },
    );
  return (
    <Card title={t('builder.title')} lead={t('builder.lead')}>
      <div className="stack">
        <div className="form-row">
          <div className="field">
            <label htmlFor="builder-title">{t('builder.setTitle')}</label>
            <input
              id="builder-title"
              className="input"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="builder-deadline">{t('builder.deadline')}</label>
            <input
              id="builder-deadline"
              type="date"
              className="input"
              value={deadlineOn}
              onChange={(e) => setDeadlineOn(e.target.value)}
            />
          </div>
        </div>
        <h3 className="evidence-heading">{t('builder.questions', { count: picked.length })}</h3>
        <PickedList picked={picked} onChange={setPicked} />
        {picked.length > SHORT_SET ? (
          <div className="notice notice-warning">{t('builder.tooMany')}</div>
        ) : null}
        {picked.length === 0 ? <div className="notice notice-warning">{t('builder.noQuestions')}</div> : null}
        <CataloguePicker
          picked={picked}
          onAdd={(question) => setPicked([...picked, { question, because: null }])}
        />
        <RepPicker reps={proposal.reps} selected={repIds} onChange={setRepIds} />
        {error ? (
          <div className="notice notice-danger" role="alert">
            {error.message}
            <ul>
              {error.details.map((d) => (
                <li key={`${d.field}-${d.value}`}>{d.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={send.isPending || picked.length === 0 || repIds.length === 0}
            onClick={submit}
          >
            <Send size={16} /> {t('builder.send', { count: repIds.length })}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('builder.cancel')}
          </button>
        </div>
      </div>
    </Card>
  );
}
