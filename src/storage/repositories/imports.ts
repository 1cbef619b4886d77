/** Import history (written by the bulk import, read here) and saved mappings. */
import type { Kysely } from 'kysely';
import type { ImportRecordSummary, ImportRepository, SavedImportMapping } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso, parseJson } from './batch.ts';

export function createImportRepository(db: Kysely<Database>) {
  function toSummary(row: {
    id: number;
    kind: string;
    file_name: string;
    status: string;
    started_by: number | null;
    started_at: string;
    finished_at: string | null;
    rows: number;
    inserted: number;
    updated: number;
    unchanged: number;
    rejected: number;
  }): ImportRecordSummary {
    return {
      id: row.id,
      kind: row.kind,
      fileName: row.file_name,
      status: row.status,
      startedBy: row.started_by,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      rows: Number(row.rows),
      inserted: Number(row.inserted),
      updated: Number(row.updated),
      unchanged: Number(row.unchanged),
      rejected: Number(row.rejected),
    };
  }

  return {
    async list(workspaceId, limit = 50) {
      const rows = await db
        .selectFrom('imports')
        .select([
          'id',
          'kind',
          'file_name',
          'status',
          'started_by',
          'started_at',
          'finished_at',
          'rows',
          'inserted',
          'updated',
          'unchanged',
          'rejected',
        ])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },
    async findErrors(workspaceId, id) {
      const row = await db
        .selectFrom('imports')
        .select('errors_json')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? parseJson<Record<string, unknown>[]>(row.errors_json, []) : null;
    },
    async listMappings(workspaceId) {
      const rows = await db
        .selectFrom('import_mappings')
        .select(['name', 'kind', 'mapping_json'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('name')
        .execute();
      return rows.map(
        (row): SavedImportMapping => ({
          name: row.name,
          kind: row.kind,
          mapping: parseJson(row.mapping_json, {}),
        }),
      );
    },
    async saveMapping(workspaceId, mapping) {
      await db
        .insertInto('import_mappings')
        .values({
          workspace_id: workspaceId,
          name: mapping.name,
          kind: mapping.kind,
          mapping_json: JSON.stringify(mapping.mapping),
          created_at: nowIso(),
        })
        .onConflict((conflict) =>
          conflict.columns(['workspace_id', 'name']).doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            mapping_json: eb.ref('excluded.mapping_json'),
          })),
        )
        .execute();
    },
  } satisfies ImportRepository;
}
