import type { Kysely } from 'kysely';
import type { AuditRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso, parseJson } from './batch.ts';

const DEFAULT_PAGE = 100;

export function createAuditRepository(db: Kysely<Database>) {
  return {
    async record(entry) {
      await db
        .insertInto('audit_log')
        .values({
          workspace_id: entry.workspaceId,
          user_id: entry.userId,
          token_id: entry.tokenId ?? null,
          action: entry.action,
          entity: entry.entity,
          entity_id: entry.entityId,
          summary_json: JSON.stringify(entry.summary),
          ip: entry.ip ?? null,
          at: nowIso(),
        })
        .execute();
    },
    async list(workspaceId, filter = {}) {
      let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
      if (filter.entity) query = query.where('entity', '=', filter.entity);
      if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
      if (filter.since) query = query.where('at', '>=', filter.since);
      // Timestamps are ISO-8601 text, so every instant of the day `until` sorts before `until` + "U".
      if (filter.until) query = query.where('at', '<', `${filter.until}U`);
      if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(filter.limit ?? DEFAULT_PAGE)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        workspaceId: row.workspace_id,
        userId: row.user_id,
        tokenId: row.token_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        summary: parseJson<Record<string, unknown>>(row.summary_json, {}),
        ip: row.ip,
        at: row.at,
      }));
    },
  } satisfies AuditRepository;
}
