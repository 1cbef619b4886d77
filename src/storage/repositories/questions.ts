import type { Kysely, Selectable } from 'kysely';
import { AIDA_STAGES, type AidaStage, type BarrierKey, isBarrierKey } from '../../core/aida.ts';
import type { ChoiceOption, QuestionDefinition } from '../../core/questions/types.ts';
import type { QuestionContent, QuestionRepository, StoredQuestion } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { parseJson } from './batch.ts';

type QuestionRow = Selectable<Database['questions']>;

interface StoredOptions {
  options?: ChoiceOption[];
  maxChoices?: number;
}

/** Marketing's own questions have no catalogue key; their stable key is derived from the id. */
export function customQuestionKey(id: number): string {
  return `custom.${id}`;
}

function toDefinition(row: QuestionRow): QuestionDefinition {
  const stored = parseJson<StoredOptions | ChoiceOption[]>(row.options_json, {});
  const options = Array.isArray(stored) ? stored : (stored.options ?? []);
  const maxChoices = Array.isArray(stored) ? undefined : stored.maxChoices;
  const base = {
    key: row.catalogue_key ?? customQuestionKey(row.id),
    barrier: row.barrier !== null && isBarrierKey(row.barrier) ? row.barrier : null,
    aidaStage: AIDA_STAGES.find((stage) => stage === row.aida_stage) ?? null,
    text: { de: row.text_de, en: row.text_en },
  };
  if (row.answer_type === 'single_choice' || row.answer_type === 'multi_choice') {
    return { ...base, answerType: row.answer_type, options, ...(maxChoices ? { maxChoices } : {}) };
  }
  // A type this build does not know stays as stored: validateAnswer reports it instead of guessing.
  return { ...base, answerType: row.answer_type as 'text' };
}

function toStored(row: QuestionRow): StoredQuestion {
  return {
    id: row.id,
    definition: toDefinition(row),
    catalogueKey: row.catalogue_key,
    position: row.position,
    isArchived: row.is_archived === 1,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

function toColumns(content: QuestionContent | QuestionDefinition) {
  const options: StoredOptions =
    'options' in content
      ? { options: [...content.options], ...(content.maxChoices ? { maxChoices: content.maxChoices } : {}) }
      : {};
  return {
    barrier: content.barrier as BarrierKey | null,
    aida_stage: content.aidaStage as AidaStage | null,
    answer_type: content.answerType,
    text_de: content.text.de,
    text_en: content.text.en,
    options_json: JSON.stringify(options),
  };
}

export function createQuestionRepository(db: Kysely<Database>) {
  async function find(workspaceId: number, id: number) {
    const row = await db
      .selectFrom('questions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStored(row) : null;
  }

  return {
    find,
    async list(workspaceId, options = {}) {
      let query = db.selectFrom('questions').selectAll().where('workspace_id', '=', workspaceId);
      if (!options.includeArchived) query = query.where('is_archived', '=', 0);
      if (options.ids) {
        if (options.ids.length === 0) return [];
        query = query.where('id', 'in', [...options.ids]);
      }
      const rows = await query.orderBy('position').orderBy('id').execute();
      return rows.map(toStored);
    },
    async insertMissingCatalogue(workspaceId, questions, at) {
      let inserted = 0;
      for (const [index, question] of questions.entries()) {
        const result = await db
          .insertInto('questions')
          .values({
            workspace_id: workspaceId,
            catalogue_key: question.key,
            ...toColumns(question),
            position: index,
            created_by: null,
            created_at: at,
            updated_at: at,
          })
          .onConflict((conflict) => conflict.columns(['workspace_id', 'catalogue_key']).doNothing())
          .executeTakeFirst();
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      return inserted;
    },
    async insert(workspaceId, { content, createdBy, at }) {
      const last = await db
        .selectFrom('questions')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      const row = await db
        .insertInto('questions')
        .values({
          workspace_id: workspaceId,
          catalogue_key: null,
          ...toColumns(content),
          position: Number(last?.position ?? 0) + 1,
          created_by: createdBy,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStored(row);
    },
    async update(workspaceId, id, { content, isArchived, at }) {
      const result = await db
        .updateTable('questions')
        .set({
          ...(content ? toColumns(content) : {}),
          ...(isArchived !== undefined ? { is_archived: isArchived ? 1 : 0 } : {}),
          updated_at: at,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 0 ? null : find(workspaceId, id);
    },
    async isUsed(workspaceId, id) {
      const item = await db
        .selectFrom('question_set_items')
        .innerJoin('question_sets', 'question_sets.id', 'question_set_items.question_set_id')
        .select('question_set_items.id')
        .where('question_sets.workspace_id', '=', workspaceId)
        .where('question_set_items.question_id', '=', id)
        .executeTakeFirst();
      if (item) return true;
      const answer = await db
        .selectFrom('answers')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('question_id', '=', id)
        .executeTakeFirst();
      return answer !== undefined;
    },
    async delete(workspaceId, id) {
      const result = await db
        .deleteFrom('questions')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  } satisfies QuestionRepository;
}
