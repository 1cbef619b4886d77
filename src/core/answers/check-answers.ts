/**
 * A rep's answers to a question set checked as a whole (issue 6 item 4): every question needs a valid answer
 * before the set can be submitted; a draft may be incomplete. Problems name the question, so the form can show
 * each one next to its card.
 */

import type { CompetitorMention, QuestionDefinition } from '../questions/types.ts';
import { validateAnswer } from '../questions/validate-answer.ts';

export interface SetQuestion {
  id: number;
  definition: QuestionDefinition;
}

export interface QuestionProblem {
  questionId: number;
  field: string;
  code: string;
  message: string;
}

/** An answer left open: no value, or an empty text. */
export function isAnswerEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** The problems of every question, in the set's order; `values` maps question id → value. */
export function checkAnswers(
  questions: readonly SetQuestion[],
  values: ReadonlyMap<number, unknown>,
): QuestionProblem[] {
  return questions.flatMap((question, index) => {
    const value = values.get(question.id);
    return validateAnswer(question.definition, isAnswerEmpty(value) ? null : value).map((problem) => ({
      questionId: question.id,
      field: problem.field,
      code: problem.code,
      message: `Question ${index + 1}: ${problem.message}`,
    }));
  });
}

/** The competitors an answer names, comma-separated (for lists and search); null when it names none. */
export function listCompetitorNames(question: QuestionDefinition, value: unknown): string | null {
  if (question.answerType !== 'competitor' || !Array.isArray(value)) return null;
  const names = (value as CompetitorMention[])
    .map((mention) => (typeof mention?.name === 'string' ? mention.name.trim() : ''))
    .filter(Boolean);
  return names.length > 0 ? names.join(', ') : null;
}

/** The free text of an answer the coder reads: a text answer, or what was better at a competitor. */
export function findAnswerText(question: QuestionDefinition, value: unknown): string | null {
  if (question.answerType === 'text' && typeof value === 'string' && value.trim() !== '') return value;
  if (question.answerType !== 'competitor' || !Array.isArray(value)) return null;
  const better = (value as CompetitorMention[])
    .map((mention) => (typeof mention?.better === 'string' ? mention.better.trim() : ''))
    .filter(Boolean);
  return better.length > 0 ? better.join('. ') : null;
}
