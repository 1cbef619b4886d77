/** The answer form, phone-first: one card per question, drafts kept and autosaved, submission with checks. */
import { ArrowLeft, Save, Send } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AnswerForm, DealSummary, FormQuestion } from '../../../../src/contract/answers.ts';
import { checkAnswers, isAnswerEmpty } from '../../../../src/core/answers/check-answers.ts';
import type { QuestionDefinition } from '../../../../src/core/questions/types.ts';
import { ApiError } from '../../api/client.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/States.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { useAnswerForm, useSubmitAnswers } from './use-answers.ts';
import { toAnswerInputs, useDraft } from './use-draft.ts';
import './answers.css';

/** The same checks as the server (validate-answer.ts), so the rep sees problems before sending. */
function toDefinition(question: FormQuestion): QuestionDefinition {
  const base = {
    key: question.key,
    barrier: question.barrier,
    aidaStage: question.aidaStage,
    text: question.text,
  };
  if (question.answerType === 'single_choice' || question.answerType === 'multi_choice') {
    const options = question.options.map((option) => ({ ...option, barrier: null }));
    return {
      ...base,
      answerType: question.answerType,
      options,
      ...(question.maxChoices ? { maxChoices: question.maxChoices } : {}),
    };
  }
  return { ...base, answerType: question.answerType };
}

function Form({ form }: { form: AnswerForm }) {
  const { t } = useTranslation('answers');
  const setId = form.set.id;
  const { draft, update, saveNow, isDirty, savedAt, isSaving, markSent } = useDraft(form);
  const submit = useSubmitAnswers(setId);
  const [isAttempted, setAttempted] = useState(false);
  const [knownDeals] = useState(
    () => new Map<number, DealSummary>(form.linkedDeals.map((deal) => [deal.id, deal])),
  );
  const isDisabled = !form.isEditable || submit.isPending;
  const inputs = toAnswerInputs(form, draft);
  const problems = useMemo(
    () =>
      checkAnswers(
        form.questions.map((question) => ({ id: question.id, definition: toDefinition(question) })),
        new Map(inputs.map((input) => [input.questionId, input.value])),
      ),
    [form.questions, inputs],
  );
  const answered = inputs.filter((input) => !isAnswerEmpty(input.value)).length;
  const shownProblems = (questionId: number) =>
    problems.filter((p) => p.questionId === questionId && (isAttempted || p.code !== 'required'));

  const onSubmit = () => {
    setAttempted(true);
    if (problems.length > 0) {
      document
        .querySelector('.question-card.has-problem')
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    if (!window.confirm(t('form.confirmSubmit'))) return;
    // No autosave may race the submission: it would find the set submitted (409).
    markSent();
    submit.mutate(inputs);
  };

  return (
    <div className="answer-form">
      <div className="bar" aria-hidden="true">
        <span style={{ width: `${(100 * answered) / Math.max(1, form.questions.length)}%` }} />
      </div>
      <p className="muted">{t('form.progress', { answered, total: form.questions.length })}</p>
      {form.submittedAt ? (
        <p className="notice notice-success">{t('form.submitted', { date: formatDate(form.submittedAt) })}</p>
      ) : null}
      {!form.submittedAt && !form.isEditable ? <p className="notice">{t('form.closedSet')}</p> : null}
      {form.questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          setId={setId}
          question={question}
          index={index}
          total={form.questions.length}
          answer={draft[question.id] ?? { value: null, quote: '', dealIds: [] }}
          problems={shownProblems(question.id)}
          knownDeals={knownDeals}
          isDisabled={isDisabled}
          onChange={(change, deal) => {
            if (deal) knownDeals.set(deal.id, deal);
            update(question.id, change);
          }}
        />
      ))}
      {form.isEditable ? (
        <div className="answer-actions">
          <span className="muted small" aria-live="polite">
            {isSaving
              ? t('form.saving')
              : isDirty
                ? t('form.savedLocally')
                : savedAt
                  ? t('form.saved', { time: formatDateTime(savedAt) })
                  : null}
          </span>
          {isAttempted && problems.length > 0 ? (
            <span className="problem-text">{t('form.fixFirst')}</span>
          ) : null}
          {submit.error ? (
            <span className="problem-text" role="alert">
              {submit.error instanceof ApiError ? submit.error.message : String(submit.error)}
            </span>
          ) : null}
          <div className="buttons">
            <button
              type="button"
              className="btn"
              disabled={isSaving}
              onClick={() => void saveNow().catch(() => undefined)}
            >
              <Save size={16} /> {t('form.save')}
            </button>
            <button type="button" className="btn btn-primary" disabled={submit.isPending} onClick={onSubmit}>
              <Send size={16} /> {submit.isPending ? t('form.submitting') : t('form.submit')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function AnswerFormPage() {
  const { t } = useTranslation('answers');
  const setId = Number(useParams().questionSetId);
  const query = useAnswerForm(setId);
  const set = query.data?.set;
  return (
    <>
      <Link className="btn btn-ghost btn-small" to="/inbox">
        <ArrowLeft size={14} /> {t('form.back')}
      </Link>
      <PageHeader
        title={set?.title ?? t('inbox.title')}
        lead={
          set
            ? [
                set.scopeLabel,
                set.from ? t('inbox.from', { name: set.from }) : null,
                t('inbox.due', { date: formatDate(set.deadlineOn) }),
              ]
                .filter(Boolean)
                .join(' · ')
            : null
        }
      />
      <QueryState query={query}>{(form) => <Form key={form.set.id} form={form} />}</QueryState>
    </>
  );
}
