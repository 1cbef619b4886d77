import type { Kysely, Selectable } from 'kysely';
import {
  QUESTION_SET_STATUSES,
  type QuestionSetRecord,
  type QuestionSetRepository,
  RECIPIENT_STATUSES,
} from '../port.ts';
import type { Database } from '../schema/index.ts';

type SetRow = Selectable<Database['question_sets']>;

export function createQuestionSetRepository(db: Kysely<Database>) {
  async function hydrate(rows: SetRow[]): Promise<QuestionSetRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [items, recipients] = await Promise.all([
      db
        .selectFrom('question_set_items')
        .selectAll()
        .where('question_set_id', 'in', ids)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('question_set_recipients')
        .selectAll()
        .where('question_set_id', 'in', ids)
        .orderBy('id')
        .execute(),
    ]);
    return rows.map((row) => ({
      id: row.id,
      workspaceId: row.workspace_id,
      requestId: row.request_id,
      title: row.title,
      deadlineOn: row.deadline_on,
      status: QUESTION_SET_STATUSES.find((status) => status === row.status) ?? 'draft',
      createdBy: row.created_by,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      questionIds: items.filter((item) => item.question_set_id === row.id).map((item) => item.question_id),
      recipients: recipients
        .filter((recipient) => recipient.question_set_id === row.id)
        .map((recipient) => ({
          userId: recipient.user_id,
          status: RECIPIENT_STATUSES.find((status) => status === recipient.status) ?? 'pending',
          submittedAt: recipient.submitted_at,
          remindedAt: recipient.reminded_at,
        })),
    }));
  }

  async function find(workspaceId: number, id: number) {
    const row = await db
      .selectFrom('question_sets')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? ((await hydrate([row]))[0] ?? null) : null;
  }

  /** The set's id when it belongs to the workspace: items and recipients carry no workspace of their own. */
  async function ownedId(workspaceId: number, id: number): Promise<number | null> {
    const row = await db
      .selectFrom('question_sets')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async function writeQuestions(id: number, questionIds: number[]) {
    await db.deleteFrom('question_set_items').where('question_set_id', '=', id).execute();
    const unique = [...new Set(questionIds)];
    if (unique.length === 0) return;
    await db
      .insertInto('question_set_items')
      .values(
        unique.map((questionId, position) => ({ question_set_id: id, question_id: questionId, position })),
      )
      .execute();
  }

  async function writeRecipients(id: number, userIds: number[]) {
    const wanted = [...new Set(userIds)];
    const existing = await db
      .selectFrom('question_set_recipients')
      .select('user_id')
      .where('question_set_id', '=', id)
      .execute();
    const gone = existing.map((row) => row.user_id).filter((userId) => !wanted.includes(userId));
    if (gone.length > 0) {
      await db
        .deleteFrom('question_set_recipients')
        .where('question_set_id', '=', id)
        .where('user_id', 'in', gone)
        .execute();
    }
    const added = wanted.filter((userId) => !existing.some((row) => row.user_id === userId));
    if (added.length === 0) return;
    await db
      .insertInto('question_set_recipients')
      .values(added.map((userId) => ({ question_set_id: id, user_id: userId, status: 'pending' })))
      .execute();
  }

  return {
    find,
    async insert(workspaceId, set) {
      const row = await db
        .insertInto('question_sets')
        .values({
          workspace_id: workspaceId,
          request_id: set.requestId,
          title: set.title,
          deadline_on: set.deadlineOn,
          status: 'draft',
          created_by: set.createdBy,
          created_at: set.createdAt,
          sent_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeQuestions(row.id, set.questionIds);
      await writeRecipients(row.id, set.recipientIds);
      const stored = await find(workspaceId, row.id);
      if (!stored) throw new Error(`Question set ${row.id} vanished after insert`);
      return stored;
    },
    async listForRequest(workspaceId, requestId) {
      const rows = await db
        .selectFrom('question_sets')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('request_id', '=', requestId)
        .orderBy('id')
        .execute();
      return hydrate(rows);
    },
    async listForRecipient(workspaceId, userId) {
      const rows = await db
        .selectFrom('question_sets')
        .innerJoin('question_set_recipients', 'question_set_recipients.question_set_id', 'question_sets.id')
        .selectAll('question_sets')
        .where('question_sets.workspace_id', '=', workspaceId)
        .where('question_set_recipients.user_id', '=', userId)
        .where('question_sets.status', '!=', 'draft')
        .orderBy('question_sets.id', 'desc')
        .execute();
      return hydrate(rows);
    },
    async listByStatus(workspaceId, status) {
      const rows = await db
        .selectFrom('question_sets')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', status)
        .orderBy('id')
        .execute();
      return hydrate(rows);
    },
    async update(workspaceId, id, changes) {
      const result = await db
        .updateTable('question_sets')
        .set({
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.deadlineOn !== undefined ? { deadline_on: changes.deadlineOn } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
          ...(changes.sentAt !== undefined ? { sent_at: changes.sentAt } : {}),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 0 ? null : find(workspaceId, id);
    },
    async replaceQuestions(workspaceId, id, questionIds) {
      const owned = await ownedId(workspaceId, id);
      if (owned !== null) await writeQuestions(owned, questionIds);
    },
    async replaceRecipients(workspaceId, id, userIds) {
      const owned = await ownedId(workspaceId, id);
      if (owned !== null) await writeRecipients(owned, userIds);
    },
    async setRecipientStatus(workspaceId, id, change) {
      const owned = await ownedId(workspaceId, id);
      if (owned === null) return;
      await db
        .updateTable('question_set_recipients')
        .set({ status: change.status, submitted_at: change.submittedAt })
        .where('question_set_id', '=', owned)
        .where('user_id', '=', change.userId)
        .execute();
    },
  } satisfies QuestionSetRepository;
}
