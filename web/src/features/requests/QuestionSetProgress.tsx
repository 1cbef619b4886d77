import { useTranslation } from 'react-i18next';
import type { QuestionSetView } from '../../../../src/contract/requests.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate, formatDateTime } from '../../ui/format.ts';

/** A sent question set: who has answered and who not yet, and the questions asked. */
export function QuestionSetProgress({ set }: { set: QuestionSetView }) {
  const { t, i18n } = useTranslation('requests');
  const language = i18n.language === 'de' ? 'de' : 'en';
  const answered = set.recipients.filter((r) => r.status === 'submitted').length;
  return (
    <Card
      title={t('progress.title', { title: set.title })}
      lead={t('progress.meta', { count: set.questions.length, date: formatDate(set.deadlineOn) })}
    >
      <div className="stack">
        <p>
          <strong>{t('progress.answered', { answered, count: set.recipients.length })}</strong>
        </p>
        <div
          className="bar"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={set.recipients.length}
          aria-valuenow={answered}
        >
          <span
            style={{ width: `${set.recipients.length ? (100 * answered) / set.recipients.length : 0}%` }}
          />
        </div>
        <ul className="recipient-list">
          {set.recipients.map((recipient) => (
            <li key={recipient.user.id}>
              <span>{recipient.user.name}</span>
              {recipient.status === 'submitted' && recipient.submittedAt ? (
                <span className="badge badge-ok">
                  {t('progress.submitted', { date: formatDateTime(recipient.submittedAt) })}
                </span>
              ) : recipient.answeredQuestions > 0 ? (
                <span className="badge badge-medium">
                  {t('progress.partial', { done: recipient.answeredQuestions, count: set.questions.length })}
                </span>
              ) : (
                <span className="badge badge-muted">{t(`progress.${recipient.status}`)}</span>
              )}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('progress.questions')}</summary>
          <ol className="question-list">
            {set.questions.map((question) => (
              <li key={question.id}>{question.text[language]}</li>
            ))}
          </ol>
        </details>
      </div>
    </Card>
  );
}
