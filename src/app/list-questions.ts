/**
 * The workspace's question catalogue (DESIGN §3). The built-in questions are copied into the workspace the first
 * time anyone looks (insertMissingCatalogue is idempotent), so marketing edits its own copy and answers keep
 * pointing at stable rows.
 */
import type { QuestionView } from '../contract/questions.ts';
import { QUESTION_CATALOGUE } from '../core/questions/catalogue.ts';
import type { Storage, StoredQuestion } from '../storage/port.ts';
import { toQuestionView } from './request-views.ts';

export async function loadQuestions(
  storage: Storage,
  workspaceId: number,
  options: { includeArchived?: boolean; now?: Date } = {},
): Promise<StoredQuestion[]> {
  await storage.questions.insertMissingCatalogue(
    workspaceId,
    QUESTION_CATALOGUE,
    (options.now ?? new Date()).toISOString(),
  );
  return storage.questions.list(workspaceId, { includeArchived: options.includeArchived ?? false });
}

export async function listQuestions(input: {
  storage: Storage;
  workspaceId: number;
  includeArchived: boolean;
}): Promise<{ items: QuestionView[] }> {
  const questions = await loadQuestions(input.storage, input.workspaceId, input);
  return { items: questions.map(toQuestionView) };
}
