/**
 * Submits a rep's answers to a question set: the answers sent along are saved first, then every question must
 * have a valid answer (validate-answer.ts; each problem names its question). Submitted answers are final. Then
 * the request's diagnosis is recomputed; when the last rep submits, marketing hears "all answers in" and
 * "diagnosis ready", and the request moves from asking to diagnosing.
 */

import type { AnswerForm, AnswerInput } from '../contract/answers.ts';
import { checkAnswers, findAnswerText } from '../core/answers/check-answers.ts';
import type { IsoDate } from '../core/calendar.ts';
import { createBarrierCoder } from '../core/coding/code-text.ts';
import { AppError } from '../core/errors.ts';
import { canMoveRequest } from '../core/requests/workflow.ts';
import type { Storage } from '../storage/port.ts';
import { diagnoseRequest } from './diagnose-request.ts';
import { buildAnswerForm } from './get-answer-form.ts';
import { loadCoderModel } from './load-coder-model.ts';
import { loadMyQuestionSet, type MyQuestionSet, requireEditable } from './load-my-question-set.ts';
import { notify } from './notify.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { saveMyAnswers } from './save-my-answers.ts';

export interface SubmitMyAnswersInput {
  storage: Storage;
  actor: Actor;
  userId: number;
  questionSetId: number;
  answers: readonly AnswerInput[];
  today: IsoDate;
  now?: Date;
}

async function codeAnswerTexts(storage: Storage, mine: MyQuestionSet, userId: number): Promise<void> {
  const { workspaceId, id } = mine.set;
  const coder = createBarrierCoder({ model: (await loadCoderModel(storage, workspaceId)).model });
  const definitions = new Map(mine.questions.map((question) => [question.id, question.definition]));
  for (const answer of await storage.answers.listForSet(workspaceId, id, { userId })) {
    const definition = definitions.get(answer.questionId);
    const text = (definition && findAnswerText(definition, answer.value)) ?? answer.quote;
    if (text) await storage.answers.setCodedBarrier(workspaceId, answer.id, coder.code(text).barrier);
  }
}

async function announceAllIn(storage: Storage, mine: MyQuestionSet, now: Date): Promise<void> {
  const { set, request } = mine;
  const recipients = [request.marketingOwnerId, set.createdBy].filter((id): id is number => id !== null);
  await notify(storage, {
    workspaceId: set.workspaceId,
    kind: 'answers_complete',
    params: { questionSet: set.title, answerCount: set.recipients.length },
    recipients: [...new Set(recipients)],
    link: `/requests/${request.id}/diagnosis`,
    dedupeKey: `answers_complete:question_set:${set.id}`,
    now,
  });
  if (canMoveRequest({ from: request.status, to: 'diagnosing', by: 'system' })) {
    await storage.requests.update(set.workspaceId, request.id, {
      status: 'diagnosing',
      updatedAt: now.toISOString(),
    });
  }
}

export async function submitMyAnswers(input: SubmitMyAnswersInput): Promise<AnswerForm> {
  const { storage, actor, userId } = input;
  const workspaceId = actor.workspaceId;
  const now = input.now ?? new Date();
  const load = { storage, workspaceId, userId, questionSetId: input.questionSetId };
  if (input.answers.length > 0)
    await saveMyAnswers({ ...load, answers: input.answers, today: input.today, now });
  const mine = await loadMyQuestionSet(load);
  requireEditable(mine);
  const stored = await storage.answers.listForSet(workspaceId, mine.set.id, { userId });
  const problems = checkAnswers(mine.questions, new Map(stored.map((a) => [a.questionId, a.value])));
  if (problems.length > 0) {
    const count = new Set(problems.map((problem) => problem.questionId)).size;
    throw new AppError(
      'VALIDATION',
      `${count} ${count === 1 ? 'question needs' : 'questions need'} a valid answer before you can submit`,
      problems.map(({ questionId, field, message }) => ({
        field: `questions.${questionId}.${field}`,
        message,
      })),
    );
  }
  await storage.transaction(async (tx) => {
    await codeAnswerTexts(tx, mine, userId);
    await tx.questionSets.setRecipientStatus(workspaceId, mine.set.id, {
      userId,
      status: 'submitted',
      submittedAt: now.toISOString(),
    });
    await recordAudit(tx, actor, {
      action: 'submit',
      entity: 'question_set',
      entityId: mine.set.id,
      context: { answers: stored.length },
    });
  });
  const after = await loadMyQuestionSet(load);
  const isAllIn = after.set.recipients.every((recipient) => recipient.status === 'submitted');
  if (isAllIn) await announceAllIn(storage, after, now);
  const diagnosis = await diagnoseRequest({
    storage,
    workspaceId,
    requestId: after.request.id,
    today: input.today,
    now,
  });
  if (isAllIn && after.request.marketingOwnerId !== null) {
    await notify(storage, {
      workspaceId,
      kind: 'diagnosis_ready',
      params: { request: after.request.title, verdict: diagnosis.verdict },
      recipients: [after.request.marketingOwnerId],
      link: `/requests/${after.request.id}/diagnosis`,
      dedupeKey: `diagnosis_ready:question_set:${after.set.id}`,
      now,
    });
  }
  return buildAnswerForm(storage, after, { userId, today: input.today });
}
