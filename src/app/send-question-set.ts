/**
 * Marketing sends a question set for a request to the reps it picked (issue step 3): the set is stored as sent,
 * each rep hears of it (notification `questions_received`), and the request moves to `asking` (a move the
 * workflow gives to the system). All or nothing, in one transaction.
 */
import type { SendQuestionSet } from '../contract/requests.ts';
import type { IsoDate } from '../core/calendar.ts';
import { AppError, type ErrorDetail } from '../core/errors.ts';
import { canMoveRequest } from '../core/requests/workflow.ts';
import type { Principal } from '../server/principal.ts';
import type { Storage, SupportRequestRecord } from '../storage/port.ts';
import { notify } from './notify.ts';
import { recordAudit } from './record-audit.ts';
import { getRequestRecord } from './request-views.ts';

function checkRequestOpen(request: SupportRequestRecord): void {
  if (request.status === 'asking' || canMoveRequest({ from: request.status, to: 'asking', by: 'system' }))
    return;
  throw new AppError(
    'CONFLICT',
    `Request ${request.id} is ${request.status}: questions can be sent while it is requested, asking or diagnosing`,
  );
}

function findDuplicates(ids: readonly number[]): number[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

async function checkContent(storage: Storage, workspaceId: number, body: SendQuestionSet, today: IsoDate) {
  const problems: ErrorDetail[] = [];
  if (body.deadlineOn < today)
    problems.push({ field: 'body.deadlineOn', value: body.deadlineOn, message: `must be ${today} or later` });
  for (const id of findDuplicates(body.questionIds))
    problems.push({ field: 'body.questionIds', value: String(id), message: 'question listed twice' });
  for (const id of body.questionIds) {
    const question = await storage.questions.find(workspaceId, id);
    if (!question || question.isArchived)
      problems.push({
        field: 'body.questionIds',
        value: String(id),
        message: 'no such question in the catalogue',
      });
  }
  for (const id of findDuplicates(body.recipientIds))
    problems.push({ field: 'body.recipientIds', value: String(id), message: 'rep listed twice' });
  for (const id of body.recipientIds) {
    const user = await storage.users.find(workspaceId, id);
    if (!user?.isActive || user.role !== 'sales_rep')
      problems.push({ field: 'body.recipientIds', value: String(id), message: 'not an active sales rep' });
  }
  if (problems.length > 0) throw new AppError('VALIDATION', 'The question set cannot be sent', problems);
}

export async function sendQuestionSet(input: {
  storage: Storage;
  principal: Principal;
  requestId: number;
  body: SendQuestionSet;
  today: IsoDate;
  now?: Date;
}): Promise<{ id: number }> {
  const { principal, body } = input;
  const workspaceId = principal.workspaceId;
  const at = (input.now ?? new Date()).toISOString();
  return input.storage.transaction(async (tx) => {
    const request = await getRequestRecord(tx, workspaceId, input.requestId);
    checkRequestOpen(request);
    await checkContent(tx, workspaceId, body, input.today);
    const draft = await tx.questionSets.insert(workspaceId, {
      requestId: request.id,
      title: body.title,
      deadlineOn: body.deadlineOn,
      createdBy: principal.userId,
      createdAt: at,
      questionIds: body.questionIds,
      recipientIds: body.recipientIds,
    });
    await tx.questionSets.update(workspaceId, draft.id, { status: 'sent', sentAt: at });
    if (request.status !== 'asking') {
      await tx.requests.update(workspaceId, request.id, { status: 'asking', updatedAt: at });
    }
    await recordAudit(tx, principal, {
      action: 'send_questions',
      entity: 'support_request',
      entityId: request.id,
      // Before/after only when the status moved: an unchanged pair would make recordAudit skip the entry.
      ...(request.status === 'asking'
        ? {}
        : { before: { status: request.status }, after: { status: 'asking' } }),
      context: {
        questionSet: body.title,
        questions: body.questionIds.length,
        reps: body.recipientIds.length,
        deadlineOn: body.deadlineOn,
      },
    });
    await notify(tx, {
      workspaceId,
      kind: 'questions_received',
      params: {
        questionSet: body.title,
        from: principal.name,
        deadlineOn: body.deadlineOn,
        questionCount: body.questionIds.length,
      },
      recipients: body.recipientIds,
      link: '/inbox',
      dedupeKey: `questions_received:set:${draft.id}`,
      now: input.now,
    });
    return { id: draft.id };
  });
}
