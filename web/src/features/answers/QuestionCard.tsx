/** One question as a card: the input by answer type, an optional customer quote and linked deals, problems. */
import { useTranslation } from 'react-i18next';
import type { DealSummary, FormQuestion } from '../../../../src/contract/answers.ts';
import { DealPicker } from './DealPicker.tsx';
import { QuestionInput } from './QuestionInput.tsx';
import type { DraftAnswer } from './use-draft.ts';

export function QuestionCard({
  setId,
  question,
  index,
  total,
  answer,
  problems,
  knownDeals,
  isDisabled,
  onChange,
}: {
  setId: number;
  question: FormQuestion;
  index: number;
  total: number;
  answer: DraftAnswer;
  problems: { code: string; message: string }[];
  knownDeals: Map<number, DealSummary>;
  isDisabled: boolean;
  onChange: (change: Partial<DraftAnswer>, deal?: DealSummary) => void;
}) {
  const { t, i18n } = useTranslation('answers');
  const language = i18n.language === 'de' ? 'de' : 'en';
  const titleId = `question-${question.id}`;
  const hasExtras = answer.quote.trim() !== '' || answer.dealIds.length > 0;
  return (
    <section
      className={`card question-card${problems.length > 0 ? ' has-problem' : ''}`}
      aria-labelledby={titleId}
      data-question-key={question.key}
    >
      <div className="card-header">
        <div>
          <span className="question-step">{t('form.question', { n: index + 1, total })}</span>
          <h2 id={titleId}>{question.text[language]}</h2>
        </div>
      </div>
      <div className="question-body">
        <QuestionInput
          question={question}
          value={answer.value}
          isDisabled={isDisabled}
          onChange={(value) => onChange({ value })}
        />
        {problems.map((problem) => (
          <p key={problem.code + problem.message} className="problem-text" role="alert">
            {t(`form.problem.${problem.code}`, { defaultValue: problem.message })}
          </p>
        ))}
        <details className="extras" open={hasExtras}>
          <summary>{t('form.quote')}</summary>
          <textarea
            className="input"
            aria-label={t('form.quote')}
            placeholder={t('form.quoteHint')}
            value={answer.quote}
            disabled={isDisabled}
            maxLength={2000}
            onChange={(e) => onChange({ quote: e.target.value })}
          />
        </details>
        <details className="extras" open={answer.dealIds.length > 0}>
          <summary>{t('form.deals')}</summary>
          <DealPicker
            setId={setId}
            linked={answer.dealIds}
            known={knownDeals}
            isDisabled={isDisabled}
            onChange={(dealIds, deal) => onChange({ dealIds }, deal)}
          />
        </details>
      </div>
    </section>
  );
}
