/**
 * Loads a question set as one rep sees it. A set that was not sent to this user — a draft, another rep's, another
 * workspace's — is the same 404 as a missing one, so an id never reveals that a set exists (row rule of
 * permissions.ts: a rep sees only question sets sent to them).
 */
import type { SetQuestion } from '../core/answers/check-answers.ts';
import { AppError } from '../core/errors.ts';
import type {
  QuestionSetRecipient,
  QuestionSetRecord,
  Storage,
  SupportRequestRecord,
} from '../storage/port.ts';
import { requireFound } from './row-access.ts';

export interface MyQuestionSet {
  set: QuestionSetRecord;
  request: SupportRequestRecord;
  recipient: QuestionSetRecipient;
  /** In the order asked. */
  questions: SetQuestion[];
}

export interface LoadMyQuestionSetInput {
  storage: Storage;
  workspaceId: number;
  userId: number;
  questionSetId: number;
}

export async function loadMyQuestionSet(input: LoadMyQuestionSetInput): Promise<MyQuestionSet> {
  const { storage, workspaceId } = input;
  const what = `Question set ${input.questionSetId}`;
  const found = await storage.questionSets.find(workspaceId, input.questionSetId);
  const recipient = found?.recipients.find((item) => item.userId === input.userId);
  const set = requireFound(found && found.status !== 'draft' && recipient ? found : null, what);
  const request = requireFound(await storage.requests.find(workspaceId, set.requestId), what);
  const stored = await storage.questions.list(workspaceId, { includeArchived: true, ids: set.questionIds });
  const byId = new Map(stored.map((question) => [question.id, question]));
  const questions = set.questionIds.map((id) => {
    const question = byId.get(id);
    if (!question) throw new AppError('INTERNAL', `${what} asks question ${id}, which does not exist`);
    return { id, definition: question.definition };
  });
  return { set, request, recipient: requireFound(recipient, what), questions };
}

/** Refuses changes once the rep submitted or marketing closed the set (409, saying which). */
export function requireEditable(mine: MyQuestionSet): void {
  if (mine.recipient.status === 'submitted') {
    throw new AppError(
      'CONFLICT',
      `You submitted question set ${mine.set.id} already; it can no longer change`,
    );
  }
  if (mine.set.status !== 'sent') {
    throw new AppError('CONFLICT', `Question set ${mine.set.id} is closed; answers can no longer change`);
  }
}
