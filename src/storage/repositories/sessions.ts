import type { Kysely, Selectable } from 'kysely';
import type { Session, SessionRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { toUser } from './users.ts';

function toSession(row: Selectable<Database['sessions']>): Session {
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

export function createSessionRepository(db: Kysely<Database>) {
  return {
    async create(session) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: session.idHash,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
          ip: session.ip,
          user_agent: session.userAgent,
        })
        .execute();
    },
    async find(idHash) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? toSession(row) : null;
    },
    async findWithUser(idHash) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('sessions')
        .select([
          'users.workspace_id',
          'users.email',
          'users.name',
          'users.role',
          'users.locale',
          'users.is_active',
          'users.failed_logins',
          'users.locked_until',
          'users.password_changed_at',
          'users.last_login_at',
          'users.created_at as user_created_at',
        ])
        .where('sessions.id_hash', '=', idHash)
        .executeTakeFirst();
      if (!row) return null;
      const user = toUser({ ...row, id: row.user_id, created_at: row.user_created_at });
      return { session: toSession(row), user };
    },
    async touch(idHash, lastSeenAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteForUser(userId, options = {}) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (options.exceptIdHash) query = query.where('id_hash', '!=', options.exceptIdHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(now, idleBefore) {
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async countForUser(userId) {
      const row = await db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  } satisfies SessionRepository;
}
