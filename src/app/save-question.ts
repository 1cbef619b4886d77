/**
 * Marketing adds a question to the catalogue or edits one (texts in both languages, barrier, stage, answer type,
 * options). A question already asked keeps its id, so old answers stay readable; removing one archives it.
 */
import type { QuestionContentInput, QuestionView, UpdateQuestion } from '../contract/questions.ts';
import type { Principal } from '../server/principal.ts';
import type { QuestionContent, Storage } from '../storage/port.ts';
import { recordAudit } from './record-audit.ts';
import { toQuestionView } from './request-views.ts';
import { requireFound } from './row-access.ts';

/** The stored shape: options numbered `o1`, `o2`, … where marketing gave no key. */
function toContent(input: QuestionContentInput): QuestionContent {
  const base = { barrier: input.barrier, aidaStage: input.aidaStage, text: { ...input.text } };
  if (input.answerType === 'single_choice' || input.answerType === 'multi_choice') {
    const options = (input.options ?? []).map((option, index) => ({
      key: option.key ?? `o${index + 1}`,
      label: { ...option.label },
      barrier: option.barrier,
    }));
    return {
      ...base,
      answerType: input.answerType,
      options,
      ...(input.answerType === 'multi_choice' && input.maxChoices ? { maxChoices: input.maxChoices } : {}),
    };
  }
  return { ...base, answerType: input.answerType };
}

export async function addQuestion(input: {
  storage: Storage;
  principal: Principal;
  content: QuestionContentInput;
  now?: Date;
}): Promise<QuestionView> {
  const { principal } = input;
  return input.storage.transaction(async (tx) => {
    const stored = await tx.questions.insert(principal.workspaceId, {
      content: toContent(input.content),
      createdBy: principal.userId,
      at: (input.now ?? new Date()).toISOString(),
    });
    await recordAudit(tx, principal, {
      action: 'create',
      entity: 'question',
      entityId: stored.id,
      after: { text: stored.definition.text.de, answerType: stored.definition.answerType },
    });
    return toQuestionView(stored);
  });
}

export async function updateQuestion(input: {
  storage: Storage;
  principal: Principal;
  id: number;
  changes: UpdateQuestion;
  now?: Date;
}): Promise<QuestionView> {
  const { principal, changes } = input;
  return input.storage.transaction(async (tx) => {
    const before = requireFound(
      await tx.questions.find(principal.workspaceId, input.id),
      `Question ${input.id}`,
    );
    const after = requireFound(
      await tx.questions.update(principal.workspaceId, input.id, {
        ...(changes.content ? { content: toContent(changes.content) } : {}),
        ...(changes.isArchived !== undefined ? { isArchived: changes.isArchived } : {}),
        at: (input.now ?? new Date()).toISOString(),
      }),
      `Question ${input.id}`,
    );
    const pick = (q: typeof before) => ({
      textDe: q.definition.text.de,
      textEn: q.definition.text.en,
      answerType: q.definition.answerType,
      barrier: q.definition.barrier,
      isArchived: q.isArchived,
    });
    await recordAudit(tx, principal, {
      action: 'update',
      entity: 'question',
      entityId: input.id,
      before: pick(before),
      after: pick(after),
    });
    return toQuestionView(after);
  });
}
