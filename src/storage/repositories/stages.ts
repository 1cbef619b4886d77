import type { Kysely } from 'kysely';
import type { StageRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';

export function createStageRepository(db: Kysely<Database>) {
  return {
    async list(workspaceId) {
      const rows = await db
        .selectFrom('stages')
        .select(['name', 'position', 'default_probability'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('position')
        .execute();
      return rows.map((row) => ({
        name: row.name,
        position: row.position,
        defaultProbability: row.default_probability,
      }));
    },
    async replace(workspaceId, stages) {
      await db.deleteFrom('stages').where('workspace_id', '=', workspaceId).execute();
      if (stages.length === 0) return;
      await db
        .insertInto('stages')
        .values(
          stages.map((stage) => ({
            workspace_id: workspaceId,
            name: stage.name,
            position: stage.position,
            default_probability: stage.defaultProbability,
          })),
        )
        .execute();
    },
  } satisfies StageRepository;
}
