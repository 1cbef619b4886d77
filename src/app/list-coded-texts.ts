/**
 * The workspace's coded texts, newest first: each with the code in force (a confirmed label, else the coder with
 * the workspace's model) and the words that decided the coder. Lost reasons come from the deals; answers are the
 * reps' texts, "what was better" and quotes.
 */

import type { CodedText, CodedTextList } from '../contract/coding.ts';
import { findAnswerText } from '../core/answers/check-answers.ts';
import { createBarrierCoder } from '../core/coding/code-text.ts';
import type { Storage } from '../storage/port.ts';
import { labelKey, loadCoderModel } from './load-coder-model.ts';

type Source = CodedText['source'];
type Unlabelled = Pick<CodedText, 'source' | 'sourceId' | 'text' | 'context' | 'date'>;

async function listLostReasons(storage: Storage, workspaceId: number): Promise<Unlabelled[]> {
  return (await storage.deals.list(workspaceId))
    .filter((deal) => deal.outcome === 'lost' && deal.lostReason?.trim())
    .map((deal) => ({
      source: 'lost_reason' as const,
      sourceId: deal.id,
      text: deal.lostReason ?? '',
      context: deal.account ? `${deal.name} · ${deal.account}` : deal.name,
      date: deal.closedOn,
    }));
}

async function listAnswerTexts(storage: Storage, workspaceId: number): Promise<Unlabelled[]> {
  const questions = new Map(
    (await storage.questions.list(workspaceId, { includeArchived: true })).map((q) => [q.id, q.definition]),
  );
  const texts: Unlabelled[] = [];
  for (const request of await storage.requests.list(workspaceId)) {
    for (const set of await storage.questionSets.listForRequest(workspaceId, request.id)) {
      for (const answer of await storage.answers.listForSet(workspaceId, set.id)) {
        const definition = questions.get(answer.questionId);
        const text = (definition && findAnswerText(definition, answer.value)) ?? answer.quote;
        if (!text) continue;
        const date = answer.updatedAt.slice(0, 10);
        texts.push({ source: 'answer', sourceId: answer.id, text, context: set.title, date });
      }
    }
  }
  return texts;
}

export async function listCodedTexts(input: {
  storage: Storage;
  workspaceId: number;
  query: { source: Source; barrier?: string | undefined; q?: string | undefined; limit: number };
}): Promise<CodedTextList> {
  const { storage, workspaceId, query } = input;
  const { model, labels } = await loadCoderModel(storage, workspaceId);
  const coder = createBarrierCoder({ model });
  const names = new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user.name]));
  const texts =
    query.source === 'lost_reason'
      ? await listLostReasons(storage, workspaceId)
      : await listAnswerTexts(storage, workspaceId);
  const words = (query.q ?? '').toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const coded = texts
    .filter((item) => words.every((word) => item.text.toLocaleLowerCase('de').includes(word)))
    .map((item): CodedText => {
      const code = coder.code(item.text);
      const label = labels.get(labelKey(item));
      return {
        ...item,
        barrier: label?.barrier ?? code.barrier,
        confidence: label ? 1 : code.confidence,
        because: code.because,
        label: label
          ? {
              barrier: label.barrier,
              by: label.labelledBy === null ? null : (names.get(label.labelledBy) ?? null),
              at: label.createdAt,
            }
          : null,
      };
    })
    .filter((item) => query.barrier === undefined || item.barrier === query.barrier)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.sourceId - a.sourceId);
  return { items: coded.slice(0, query.limit), total: coded.length, labelCount: labels.size };
}
