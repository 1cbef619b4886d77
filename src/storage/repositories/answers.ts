import type { Kysely, Selectable } from 'kysely';
import type { BarrierCodeKey } from '../../core/coding/code-text.ts';
import { CODE_KEYS } from '../../core/coding/naive-bayes.ts';
import type { AnswerRecord, AnswerRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { parseJson } from './batch.ts';
import { toDeal } from './deals.ts';

type AnswerRow = Selectable<Database['answers']>;

function toCode(value: string | null): BarrierCodeKey | null {
  return CODE_KEYS.find((key) => key === value) ?? null;
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
      const columns = {
        value_json: JSON.stringify(answer.value ?? null),
        text: answer.quote,
        competitor: answer.competitor,
        coded_barrier: answer.codedBarrier,
        updated_at: answer.updatedAt,
      };
      const row = await db
        .insertInto('answers')
        .values({
          workspace_id: workspaceId,
          question_set_id: answer.questionSetId,
          question_id: answer.questionId,
          user_id: answer.userId,
          ...columns,
        })
        .onConflict((conflict) =>
          conflict.columns(['question_set_id', 'question_id', 'user_id']).doUpdateSet(columns),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.deleteFrom('answer_deals').where('answer_id', '=', row.id).execute();
      const dealIds = [...new Set(answer.dealIds)];
      if (dealIds.length > 0) {
        await db
          .insertInto('answer_deals')
          .values(dealIds.map((dealId) => ({ answer_id: row.id, deal_id: dealId })))
          .execute();
      }
      const saved = await find(workspaceId, row.id);
      if (!saved) throw new Error(`Answer ${row.id} vanished after save`);
      return saved;
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
