import type { Kysely, Selectable } from 'kysely';
import type { BarrierCodeKey } from '../../core/coding/code-text.ts';
import { CODE_KEYS } from '../../core/coding/naive-bayes.ts';
import type { AnswerInput, AnswerRecord, AnswerRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { parseJson } from './batch.ts';
import { toDeal } from './deals.ts';

type AnswerRow = Selectable<Database['answers']>;

function toCode(value: string | null): BarrierCodeKey | null {
  return CODE_KEYS.find((key) => key === value) ?? null;
}

type AnswerKey = Pick<AnswerInput, 'questionSetId' | 'questionId' | 'userId'>;

/** One rep's answer to one question in one set: the unique key of `answers`. */
function keyOf(answer: AnswerKey): string {
  return `${answer.questionSetId}:${answer.questionId}:${answer.userId}`;
}

function toColumns(workspaceId: number, answer: AnswerInput) {
  return {
    workspace_id: workspaceId,
    question_set_id: answer.questionSetId,
    question_id: answer.questionId,
    user_id: answer.userId,
    value_json: JSON.stringify(answer.value ?? null),
    text: answer.quote,
    competitor: answer.competitor,
    coded_barrier: answer.codedBarrier,
    updated_at: answer.updatedAt,
  };
}

export function createAnswerRepository(db: Kysely<Database>) {
  async function hydrate(rows: AnswerRow[]): Promise<AnswerRecord[]> {
    if (rows.length === 0) return [];
    const links = await db
      .selectFrom('answer_deals')
      .select(['answer_id', 'deal_id'])
      .where(
        'answer_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      questionSetId: row.question_set_id,
      questionId: row.question_id,
      userId: row.user_id,
      value: parseJson<unknown>(row.value_json, null),
      quote: row.text,
      competitor: row.competitor,
      codedBarrier: toCode(row.coded_barrier),
      dealIds: links.filter((link) => link.answer_id === row.id).map((link) => link.deal_id),
      updatedAt: row.updated_at,
    }));
  }

  async function find(workspaceId: number, id: number) {
    const row = await db
      .selectFrom('answers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? ((await hydrate([row]))[0] ?? null) : null;
  }

  /** Writes the answers and replaces their deal links; the ids by answer key. */
  async function upsert(workspaceId: number, answers: readonly AnswerInput[]) {
    const unique = [...new Map(answers.map((answer) => [keyOf(answer), answer])).values()];
    if (unique.length === 0) return new Map<string, number>();
    const rows = await db
      .insertInto('answers')
      .values(unique.map((answer) => toColumns(workspaceId, answer)))
      .onConflict((conflict) =>
        conflict.columns(['question_set_id', 'question_id', 'user_id']).doUpdateSet((eb) => ({
          value_json: eb.ref('excluded.value_json'),
          text: eb.ref('excluded.text'),
          competitor: eb.ref('excluded.competitor'),
          coded_barrier: eb.ref('excluded.coded_barrier'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .returning(['id', 'question_set_id', 'question_id', 'user_id'])
      .execute();
    const ids = new Map(
      rows.map((row) => [
        keyOf({ questionSetId: row.question_set_id, questionId: row.question_id, userId: row.user_id }),
        row.id,
      ]),
    );
    await db
      .deleteFrom('answer_deals')
      .where('answer_id', 'in', [...ids.values()])
      .execute();
    const links = unique.flatMap((answer) =>
      [...new Set(answer.dealIds)].map((dealId) => ({
        answer_id: ids.get(keyOf(answer)) ?? 0,
        deal_id: dealId,
      })),
    );
    if (links.length > 0) await db.insertInto('answer_deals').values(links).execute();
    return ids;
  }

  return {
    find,
    async listForSet(workspaceId, questionSetId, options = {}) {
      let query = db
        .selectFrom('answers')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('question_set_id', '=', questionSetId);
      if (options.userId !== undefined) query = query.where('user_id', '=', options.userId);
      return hydrate(await query.orderBy('id').execute());
    },
    async save(workspaceId, answer) {
      const id = (await upsert(workspaceId, [answer])).get(keyOf(answer));
      const saved = id === undefined ? null : await find(workspaceId, id);
      if (!saved) throw new Error(`Answer to question ${answer.questionId} vanished after save`);
      return saved;
    },
    async saveAll(workspaceId, answers) {
      await upsert(workspaceId, answers);
    },
    async remove(workspaceId, key) {
      await db
        .deleteFrom('answers')
        .where('workspace_id', '=', workspaceId)
        .where('question_set_id', '=', key.questionSetId)
        .where('question_id', '=', key.questionId)
        .where('user_id', '=', key.userId)
        .execute();
    },
    async setCodedBarrier(workspaceId, id, barrier) {
      await db
        .updateTable('answers')
        .set({ coded_barrier: barrier })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },
    async listDeals(workspaceId, dealIds) {
      const ids = [...new Set(dealIds)];
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('deals')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', ids)
        .orderBy('id')
        .execute();
      return rows.map(toDeal);
    },
  } satisfies AnswerRepository;
}
