import type { Kysely } from 'kysely';
import type { DimensionKey } from '../../core/types.ts';
import type { DimensionRepository } from '../port.ts';
import type { Database, DimensionTableName } from '../schema/index.ts';

export const DIMENSION_TABLES: Record<DimensionKey, DimensionTableName> = {
  product: 'products',
  segment: 'segments',
  region: 'regions',
  team: 'teams',
  owner: 'owners',
};

export function createDimensionRepository(db: Kysely<Database>) {
  async function listNamed(table: Exclude<DimensionTableName, 'owners'>, workspaceId: number) {
    return db
      .selectFrom(table)
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
  }

  return {
    async list(workspaceId) {
      const owners = await db
        .selectFrom('owners')
        .select(['id', 'name', 'team_id', 'user_id'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('name')
        .execute();
      return {
        products: await listNamed('products', workspaceId),
        segments: await listNamed('segments', workspaceId),
        regions: await listNamed('regions', workspaceId),
        teams: await listNamed('teams', workspaceId),
        owners: owners.map((o) => ({ id: o.id, name: o.name, teamId: o.team_id, userId: o.user_id })),
      };
    },
    async ensure(workspaceId, dimension, name) {
      const table = DIMENSION_TABLES[dimension];
      const existing = await db
        .selectFrom(table)
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('name', '=', name)
        .executeTakeFirst();
      if (existing) return existing.id;
      const inserted = await db
        .insertInto(table)
        .values({ workspace_id: workspaceId, name })
        .onConflict((conflict) => conflict.columns(['workspace_id', 'name']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return inserted.id;
      // Lost a race with another writer: the row exists now.
      const row = await db
        .selectFrom(table)
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async assignOwner(workspaceId, ownerId, link) {
      await db
        .updateTable('owners')
        .set({
          ...(link.teamId !== undefined ? { team_id: link.teamId } : {}),
          ...(link.userId !== undefined ? { user_id: link.userId } : {}),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', ownerId)
        .execute();
    },
  } satisfies DimensionRepository;
}
