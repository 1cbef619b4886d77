import type { Kysely, Selectable } from 'kysely';
import { CODE_KEYS } from '../../core/coding/naive-bayes.ts';
import { TEXT_LABEL_SOURCES, type TextLabelRecord, type TextLabelRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';

function toLabel(row: Selectable<Database['text_labels']>): TextLabelRecord | null {
  const barrier = CODE_KEYS.find((key) => key === row.barrier);
  const source = TEXT_LABEL_SOURCES.find((key) => key === row.source);
  // A label with a key this build does not know (renamed barrier) is skipped, as trainBarrierModel would skip it.
  if (!barrier || !source) return null;
  return {
    id: row.id,
    source,
    sourceId: row.source_id,
    text: row.text,
    barrier,
    labelledBy: row.labelled_by,
    createdAt: row.created_at,
  };
}

export function createTextLabelRepository(db: Kysely<Database>) {
  return {
    async insert(workspaceId, label) {
      const row = await db
        .insertInto('text_labels')
        .values({
          workspace_id: workspaceId,
          source: label.source,
          source_id: label.sourceId,
          text: label.text,
          barrier: label.barrier,
          labelled_by: label.labelledBy,
          created_at: label.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const stored = toLabel(row);
      if (!stored) throw new Error(`Text label ${row.id} has an unknown barrier or source`);
      return stored;
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('text_labels')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.flatMap((row) => toLabel(row) ?? []);
    },
  } satisfies TextLabelRepository;
}
