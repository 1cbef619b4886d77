import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../core/errors.ts';
import { withDefaultSettings } from '../../core/settings.ts';
import type { Workspace, WorkspaceRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso, parseJson } from './batch.ts';

function toWorkspace(row: Selectable<Database['workspaces']>): Workspace {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    settings: withDefaultSettings(parseJson(row.settings_json, {})),
    createdAt: row.created_at,
  };
}

export function createWorkspaceRepository(db: Kysely<Database>) {
  return {
    async create({ name, slug, settings }) {
      const row = await db
        .insertInto('workspaces')
        .values({
          name,
          slug,
          settings_json: JSON.stringify(withDefaultSettings(settings ?? {})),
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toWorkspace(row);
    },
    async findDefault() {
      const row = await db.selectFrom('workspaces').selectAll().orderBy('id').limit(1).executeTakeFirst();
      return row ? toWorkspace(row) : null;
    },
    async findBySlug(slug) {
      const row = await db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toWorkspace(row) : null;
    },
    async get(id) {
      const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `Workspace ${id} not found`);
      return toWorkspace(row);
    },
    async updateSettings(id, settings) {
      const row = await db
        .updateTable('workspaces')
        .set({ settings_json: JSON.stringify(settings) })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `Workspace ${id} not found`);
      return toWorkspace(row);
    },
  } satisfies WorkspaceRepository;
}
