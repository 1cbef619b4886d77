/**
 * Requests and sent question sets written straight through the repositories (the request and question-set
 * screens are another feature's): what the answer, diagnosis and e2e tests start from.
 */

import type { AidaStage } from '../../src/core/aida.ts';
import type { IsoDate } from '../../src/core/calendar.ts';
import { QUESTION_CATALOGUE } from '../../src/core/questions/catalogue.ts';
import { describeManualEvidence } from '../../src/core/requests/evidence.ts';
import type { Scope } from '../../src/core/types.ts';
import type { QuestionSetRecord, Storage, SupportRequestRecord } from '../../src/storage/port.ts';

export async function createTestRequest(
  storage: Storage,
  input: {
    workspaceId: number;
    title: string;
    scope: Scope;
    asOf: IsoDate;
    marketingOwnerId: number | null;
    requestedBy?: number | null;
    aidaStage?: AidaStage | null;
  },
): Promise<SupportRequestRecord> {
  const dimensions = await storage.dimensions.list(input.workspaceId);
  const evidence = {
    ...describeManualEvidence({ scope: input.scope, dimensions, asOf: input.asOf, reasonShifts: [] }),
    aidaStage: input.aidaStage ?? null,
  };
  const request = await storage.requests.insert(input.workspaceId, {
    title: input.title,
    evidence,
    requestedBy: input.requestedBy ?? null,
    marketingOwnerId: input.marketingOwnerId,
    dueOn: null,
    alertIds: [],
    createdAt: `${input.asOf}T08:00:00.000Z`,
  });
  const asking = await storage.requests.update(input.workspaceId, request.id, {
    status: 'asking',
    updatedAt: `${input.asOf}T08:00:00.000Z`,
  });
  return asking ?? request;
}

/** Puts the catalogue into the workspace and sends a set of its questions (by key) to the recipients. */
export async function sendTestQuestionSet(
  storage: Storage,
  input: {
    workspaceId: number;
    requestId: number;
    title: string;
    questionKeys: readonly string[];
    recipientIds: number[];
    createdBy: number | null;
    deadlineOn: IsoDate;
    sentAt?: string;
  },
): Promise<QuestionSetRecord> {
  const at = input.sentAt ?? '2026-11-01T08:00:00.000Z';
  await storage.questions.insertMissingCatalogue(input.workspaceId, QUESTION_CATALOGUE, at);
  const stored = await storage.questions.list(input.workspaceId);
  const questionIds = input.questionKeys.map((key) => {
    const question = stored.find((item) => item.definition.key === key);
    if (!question) throw new Error(`No catalogue question ${key}`);
    return question.id;
  });
  const set = await storage.questionSets.insert(input.workspaceId, {
    requestId: input.requestId,
    title: input.title,
    deadlineOn: input.deadlineOn,
    createdBy: input.createdBy,
    createdAt: at,
    questionIds,
    recipientIds: input.recipientIds,
  });
  const sent = await storage.questionSets.update(input.workspaceId, set.id, { status: 'sent', sentAt: at });
  if (!sent) throw new Error(`Question set ${set.id} vanished`);
  return sent;
}
