/** The rep inbox: question sets sent to me, the open ones first (nearest deadline first), then what I answered. */
import type { Inbox, InboxItem } from '../contract/answers.ts';
import type { Storage } from '../storage/port.ts';
import { describeInboxItem } from './get-answer-form.ts';

export async function listMyQuestionSets(input: {
  storage: Storage;
  workspaceId: number;
  userId: number;
}): Promise<Inbox> {
  const { storage, workspaceId, userId } = input;
  const sets = await storage.questionSets.listForRecipient(workspaceId, userId);
  const names = new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user.name]));
  const items: InboxItem[] = [];
  for (const set of sets) {
    const request = await storage.requests.find(workspaceId, set.requestId);
    const recipient = set.recipients.find((item) => item.userId === userId);
    if (!request || !recipient) continue;
    const answers = await storage.answers.listForSet(workspaceId, set.id, { userId });
    const from = set.createdBy === null ? null : (names.get(set.createdBy) ?? null);
    items.push(describeInboxItem({ set, request, recipient }, { answers, from }));
  }
  const isOpen = (item: InboxItem) => item.setStatus === 'sent' && item.myStatus !== 'submitted';
  items.sort(
    (a, b) =>
      Number(isOpen(b)) - Number(isOpen(a)) ||
      (isOpen(a) ? a.deadlineOn.localeCompare(b.deadlineOn) : b.deadlineOn.localeCompare(a.deadlineOn)) ||
      b.id - a.id,
  );
  return { items };
}
