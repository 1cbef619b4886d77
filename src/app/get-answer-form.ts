/**
 * The answer form's data for one rep and one question set: the questions in both languages, the rep's answers
 * so far (drafts included), the deals they link, and what is still missing or wrong before submission.
 */

import type { AnswerForm, DealSummary, FormQuestion, InboxItem } from '../contract/answers.ts';
import { checkAnswers, isAnswerEmpty } from '../core/answers/check-answers.ts';
import { isDealStalled } from '../core/answers/rep-deals.ts';
import type { IsoDate } from '../core/calendar.ts';
import { labelScope } from '../core/requests/evidence.ts';
import type { Deal } from '../core/types.ts';
import type { AnswerRecord, Storage } from '../storage/port.ts';
import { loadMyQuestionSet, type MyQuestionSet } from './load-my-question-set.ts';

export function toDealSummary(deal: Deal, today: IsoDate): DealSummary {
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    amountCents: deal.amountCents,
    currency: deal.currency,
    stage: deal.stage,
    outcome: deal.outcome,
    closedOn: deal.closedOn,
    expectedCloseOn: deal.expectedCloseOn,
    lostReason: deal.lostReason,
    competitor: deal.competitor,
    isStalled: isDealStalled(deal, today),
  };
}

function toFormQuestion({ id, definition }: MyQuestionSet['questions'][number]): FormQuestion {
  const hasOptions = 'options' in definition;
  return {
    id,
    key: definition.key,
    answerType: definition.answerType,
    barrier: definition.barrier,
    aidaStage: definition.aidaStage,
    text: definition.text,
    options: hasOptions ? definition.options.map(({ key, label }) => ({ key, label })) : [],
    maxChoices: definition.answerType === 'multi_choice' ? (definition.maxChoices ?? null) : null,
  };
}

/** An inbox line: the set, whose request, and how far this rep got. */
export function describeInboxItem(
  mine: Pick<MyQuestionSet, 'set' | 'request' | 'recipient'>,
  context: { answers: readonly AnswerRecord[]; from: string | null },
): InboxItem {
  const { set, request, recipient } = mine;
  const asked = new Set(set.questionIds);
  return {
    id: set.id,
    title: set.title,
    requestTitle: request.title,
    scopeLabel: labelScope(request.evidence.scopeNames),
    from: context.from,
    deadlineOn: set.deadlineOn,
    sentAt: set.sentAt,
    setStatus: set.status,
    myStatus: recipient.status,
    questionCount: set.questionIds.length,
    answeredCount: context.answers.filter(
      (answer) => asked.has(answer.questionId) && !isAnswerEmpty(answer.value),
    ).length,
  };
}

/** Builds the form view of a loaded set (after a save, without loading the set again). */
export async function buildAnswerForm(
  storage: Storage,
  mine: MyQuestionSet,
  context: { userId: number; today: IsoDate },
): Promise<AnswerForm> {
  const { workspaceId, id } = mine.set;
  const answers = await storage.answers.listForSet(workspaceId, id, { userId: context.userId });
  const creator = mine.set.createdBy ? await storage.users.find(workspaceId, mine.set.createdBy) : null;
  const deals = await storage.answers.listDeals(
    workspaceId,
    answers.flatMap((answer) => answer.dealIds),
  );
  const values = new Map(answers.map((answer) => [answer.questionId, answer.value]));
  return {
    set: { ...describeInboxItem(mine, { answers, from: creator?.name ?? null }), requestId: mine.request.id },
    submittedAt: mine.recipient.submittedAt,
    isEditable: mine.recipient.status !== 'submitted' && mine.set.status === 'sent',
    questions: mine.questions.map(toFormQuestion),
    answers: answers.map((answer) => ({
      questionId: answer.questionId,
      value: answer.value,
      quote: answer.quote,
      dealIds: answer.dealIds,
      updatedAt: answer.updatedAt,
    })),
    linkedDeals: deals.map((deal) => toDealSummary(deal, context.today)),
    problems: checkAnswers(mine.questions, values),
  };
}

export async function getAnswerForm(input: {
  storage: Storage;
  workspaceId: number;
  userId: number;
  questionSetId: number;
  today: IsoDate;
}): Promise<AnswerForm> {
  const mine = await loadMyQuestionSet(input);
  return buildAnswerForm(input.storage, mine, { userId: input.userId, today: input.today });
}
