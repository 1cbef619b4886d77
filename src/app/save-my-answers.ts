/**
 * Saves a rep's draft answers (autosave and the explicit "save"): each item replaces the rep's answer to one
 * question; an item with no value, quote or deal removes it. Drafts keep what the rep typed even when it is not
 * valid yet (the form lists the problems); only submission insists. A rep writes only their own answers, to a
 * set sent to them, and links only their own deals in the request's scope. Drafts are not audited (autosave runs
 * every few seconds); submission is.
 */

import type { AnswerForm, AnswerInput } from '../contract/answers.ts';
import { isAnswerEmpty, listCompetitorNames } from '../core/answers/check-answers.ts';
import { isOwnedBy } from '../core/answers/rep-deals.ts';
import type { IsoDate } from '../core/calendar.ts';
import { listDealsInScope } from '../core/detect/indicator-scope.ts';
import { AppError, type ErrorDetail } from '../core/errors.ts';
import type { AnswerInput as AnswerRecordInput, Storage } from '../storage/port.ts';
import { buildAnswerForm } from './get-answer-form.ts';
import { loadMyQuestionSet, type MyQuestionSet, requireEditable } from './load-my-question-set.ts';

export interface SaveMyAnswersInput {
  storage: Storage;
  workspaceId: number;
  userId: number;
  questionSetId: number;
  answers: readonly AnswerInput[];
  today: IsoDate;
  now?: Date;
}

async function checkDeals(
  storage: Storage,
  mine: MyQuestionSet,
  input: SaveMyAnswersInput,
): Promise<ErrorDetail[]> {
  const wanted = input.answers.flatMap((answer) => answer.dealIds ?? []);
  if (wanted.length === 0) return [];
  const dimensions = await storage.dimensions.list(input.workspaceId);
  const found = await storage.answers.listDeals(input.workspaceId, wanted);
  const inScope = listDealsInScope({ deals: found, dimensions, scope: mine.request.evidence.scope });
  const allowed = new Set(
    inScope.filter((deal) => isOwnedBy(deal, dimensions, input.userId)).map((deal) => deal.id),
  );
  return input.answers.flatMap((answer, index) =>
    (answer.dealIds ?? [])
      .filter((dealId) => !allowed.has(dealId))
      .map((dealId) => ({
        field: `answers[${index}].dealIds`,
        value: String(dealId),
        message: `Deal ${dealId} is not one of your deals in this request's scope`,
      })),
  );
}

function checkQuestions(mine: MyQuestionSet, answers: readonly AnswerInput[]): ErrorDetail[] {
  const asked = new Set(mine.questions.map((question) => question.id));
  const seen = new Set<number>();
  return answers.flatMap((answer, index) => {
    const field = `answers[${index}].questionId`;
    if (!asked.has(answer.questionId)) {
      return [{ field, message: `Question ${answer.questionId} is not part of this question set` }];
    }
    if (seen.has(answer.questionId))
      return [{ field, message: `Question ${answer.questionId} appears twice` }];
    seen.add(answer.questionId);
    return [];
  });
}

/** The answers to write and the questions whose answer the rep cleared. */
function sortAnswers(mine: MyQuestionSet, input: SaveMyAnswersInput, updatedAt: string) {
  const definitions = new Map(mine.questions.map((question) => [question.id, question.definition]));
  const kept: AnswerRecordInput[] = [];
  const clearedQuestionIds: number[] = [];
  for (const answer of input.answers) {
    const value = isAnswerEmpty(answer.value) ? null : answer.value;
    const quote = answer.quote?.trim() ? answer.quote.trim() : null;
    const dealIds = answer.dealIds ?? [];
    if (value === null && quote === null && dealIds.length === 0) {
      clearedQuestionIds.push(answer.questionId);
      continue;
    }
    const definition = definitions.get(answer.questionId);
    const competitor = definition ? listCompetitorNames(definition, value) : null;
    const key = { questionSetId: mine.set.id, questionId: answer.questionId, userId: input.userId };
    kept.push({ ...key, value, quote, competitor, codedBarrier: null, dealIds, updatedAt });
  }
  return { kept, clearedQuestionIds };
}

export async function saveMyAnswers(input: SaveMyAnswersInput): Promise<AnswerForm> {
  const { storage, workspaceId, userId } = input;
  const mine = await loadMyQuestionSet(input);
  requireEditable(mine);
  const problems = [...checkQuestions(mine, input.answers), ...(await checkDeals(storage, mine, input))];
  if (problems.length > 0) throw new AppError('VALIDATION', 'Some answers cannot be saved', problems);
  const { kept, clearedQuestionIds } = sortAnswers(mine, input, (input.now ?? new Date()).toISOString());
  const isFirstSave = mine.recipient.status === 'pending';
  await storage.transaction(async (tx) => {
    for (const questionId of clearedQuestionIds) {
      await tx.answers.remove(workspaceId, { questionSetId: mine.set.id, questionId, userId });
    }
    await tx.answers.saveAll(workspaceId, kept);
    if (isFirstSave) {
      const change = { userId, status: 'draft', submittedAt: null } as const;
      await tx.questionSets.setRecipientStatus(workspaceId, mine.set.id, change);
    }
  });
  // The save changed the answers (which buildAnswerForm reads) and at most the rep's status: the set, its
  // request and its questions need not be loaded a second time.
  const recipient = isFirstSave ? { ...mine.recipient, status: 'draft' as const } : mine.recipient;
  return buildAnswerForm(storage, { ...mine, recipient }, { userId, today: input.today });
}
