import { Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../../../src/contract/questions.ts';
import { BARRIER_KEYS, type BarrierKey } from '../../../../src/core/aida.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/States.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';
import { useAddQuestion, useQuestions, useUpdateQuestion } from './use-questions.ts';
import './questions.css';

function QuestionRow({ question }: { question: QuestionView }) {
  const { t, i18n } = useTranslation('questions');
  const [isEditing, setIsEditing] = useState(false);
  const update = useUpdateQuestion(question.id);
  const [main, other] = i18n.language === 'de' ? (['de', 'en'] as const) : (['en', 'de'] as const);
  if (isEditing)
    return (
      <li className="question-row">
        <QuestionEditor
          question={question}
          isPending={update.isPending}
          error={update.error}
          onSubmit={(content) => update.mutate({ content }, { onSuccess: () => setIsEditing(false) })}
          onCancel={() => setIsEditing(false)}
          extra={
            <button
              type="button"
              className="btn btn-small btn-danger"
              title={t('editor.archiveHint')}
              onClick={() =>
                update.mutate({ isArchived: !question.isArchived }, { onSuccess: () => setIsEditing(false) })
              }
            >
              {question.isArchived ? t('editor.restore') : t('editor.archive')}
            </button>
          }
        />
      </li>
    );
  return (
    <li className={`question-row ${question.isArchived ? 'is-archived' : ''}`}>
      <div>
        <div>{question.text[main]}</div>
        <div className="faint">{question.text[other]}</div>
        <div className="chips">
          <span className="chip">{t(`requests:answerType.${question.answerType}`)}</span>
          {question.aidaStage ? (
            <span className="chip chip-accent">{t(`common:aida.${question.aidaStage}`)}</span>
          ) : null}
          {question.isCustom ? <span className="chip chip-warning">{t('own')}</span> : null}
          {question.isArchived ? <span className="badge badge-muted">{t('archived')}</span> : null}
        </div>
      </div>
      <button
        type="button"
        className="btn btn-small"
        aria-label={`${t('edit')}: ${question.text[main]}`}
        onClick={() => setIsEditing(true)}
      >
        <Pencil size={14} /> {t('edit')}
      </button>
    </li>
  );
}

function BarrierGroup({ barrier, questions }: { barrier: BarrierKey | null; questions: QuestionView[] }) {
  const { t } = useTranslation('questions');
  const title = barrier ? t(`common:barrier.${barrier}`) : t('cross');
  return (
    <Card title={title} lead={t('count', { count: questions.length })}>
      {questions.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      <ul className="question-rows">
        {questions.map((question) => (
          <QuestionRow key={question.id} question={question} />
        ))}
      </ul>
    </Card>
  );
}

function NewQuestion({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('questions');
  const add = useAddQuestion();
  return (
    <Card title={t('editor.titleNew')}>
      <QuestionEditor
        isPending={add.isPending}
        error={add.error}
        onSubmit={(content) => add.mutate(content, { onSuccess: onDone })}
        onCancel={onDone}
      />
    </Card>
  );
}

/** `/questions`: the catalogue by barrier; marketing edits texts and adds its own questions. */
export function QuestionsPage() {
  const { t } = useTranslation('questions');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [isAdding, setIsAdding] = useState(false);
  const query = useQuestions(includeArchived);
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setIsAdding(true)}
            disabled={isAdding}
          >
            <Plus size={16} /> {t('add')}
          </button>
        }
      />
      <label className="check questions-archived">
        <input
          type="checkbox"
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.target.checked)}
        />
        {t('showArchived')}
      </label>
      <div className="questions-page">
        {isAdding ? <NewQuestion onDone={() => setIsAdding(false)} /> : null}
        <QueryState query={query}>
          {(data) => (
            <>
              {[...BARRIER_KEYS, null].map((barrier) => (
                <BarrierGroup
                  key={barrier ?? 'cross'}
                  barrier={barrier}
                  questions={data.items.filter((q) => q.barrier === barrier)}
                />
              ))}
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
