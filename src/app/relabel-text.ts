/**
 * Marketing relabels a coded text: the label is stored (a later label of the same text replaces the earlier in
 * training, load-coder-model.ts), an answer's stored code follows it, and the text is returned as the
 * retrained coder now sees it. The next diagnosis uses the label for that deal and the model for all texts.
 */

import type { CodedText, RelabelBody } from '../contract/coding.ts';
import { findAnswerText } from '../core/answers/check-answers.ts';
import type { Storage } from '../storage/port.ts';
import { listCodedTexts } from './list-coded-texts.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

async function findText(storage: Storage, workspaceId: number, body: RelabelBody): Promise<string> {
  if (body.source === 'lost_reason') {
    const [deal] = await storage.answers.listDeals(workspaceId, [body.sourceId]);
    return requireFound(
      deal?.lostReason?.trim() ? deal.lostReason : null,
      `Lost reason of deal ${body.sourceId}`,
    );
  }
  const answer = requireFound(
    await storage.answers.find(workspaceId, body.sourceId),
    `Answer ${body.sourceId}`,
  );
  const question = await storage.questions.find(workspaceId, answer.questionId);
  const text = (question && findAnswerText(question.definition, answer.value)) ?? answer.quote;
  return requireFound(text, `Text of answer ${body.sourceId}`);
}

export async function relabelText(input: {
  storage: Storage;
  actor: Actor;
  body: RelabelBody;
  now?: Date;
}): Promise<CodedText> {
  const { storage, actor, body } = input;
  const workspaceId = actor.workspaceId;
  const text = await findText(storage, workspaceId, body);
  await storage.transaction(async (tx) => {
    await tx.textLabels.insert(workspaceId, {
      source: body.source,
      sourceId: body.sourceId,
      text,
      barrier: body.barrier,
      labelledBy: actor.userId,
      createdAt: (input.now ?? new Date()).toISOString(),
    });
    if (body.source === 'answer') await tx.answers.setCodedBarrier(workspaceId, body.sourceId, body.barrier);
    await recordAudit(tx, actor, {
      action: 'relabel',
      entity: body.source,
      entityId: body.sourceId,
      after: { barrier: body.barrier },
    });
  });
  const { items } = await listCodedTexts({
    storage,
    workspaceId,
    query: { source: body.source, limit: 100_000 },
  });
  return requireFound(
    items.find((item) => item.sourceId === body.sourceId),
    `Text ${body.sourceId}`,
  );
}
