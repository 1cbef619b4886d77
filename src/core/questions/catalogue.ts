/**
 * The question catalogue (DESIGN §3): 2–3 questions per barrier plus a few across barriers, in German and
 * English. Keys are stable: storage keeps them in `questions.catalogue_key`, answers and proposals refer to them.
 * Marketing may edit texts or add questions; such definitions have the same shape and are passed to the
 * functions that take `questions`.
 */
import type { BarrierKey } from '../aida.ts';
import { FUNNEL_QUESTIONS } from './catalogue-funnel.ts';
import { ACTION_AND_OUTSIDE_QUESTIONS, CROSS_QUESTIONS } from './catalogue-other.ts';
import type { QuestionDefinition } from './types.ts';

/**
 * In proposal order: per barrier, the question to ask first comes first; among the cross-barrier questions the
 * first choice question is the proposals' overview and the first text question their open question.
 */
export const QUESTION_CATALOGUE: readonly QuestionDefinition[] = [
  ...FUNNEL_QUESTIONS,
  ...ACTION_AND_OUTSIDE_QUESTIONS,
  ...CROSS_QUESTIONS,
];

/** A lookup by key over the given definitions (the catalogue by default). */
export function indexQuestions(
  questions: readonly QuestionDefinition[] = QUESTION_CATALOGUE,
): ReadonlyMap<string, QuestionDefinition> {
  return new Map(questions.map((question) => [question.key, question]));
}

/** A barrier's questions in catalogue order. */
export function listBarrierQuestions(
  barrier: BarrierKey,
  questions: readonly QuestionDefinition[] = QUESTION_CATALOGUE,
): QuestionDefinition[] {
  return questions.filter((question) => question.barrier === barrier);
}
