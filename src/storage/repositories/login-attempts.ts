import type { Kysely } from 'kysely';
import type { LoginAttemptRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';

export function createLoginAttemptRepository(db: Kysely<Database>) {
  return {
    async record(key, isSuccess, at) {
      await db
        .insertInto('login_attempts')
        .values({ attempt_key: key, is_success: isSuccess ? 1 : 0, at })
        .execute();
    },
    async listSince(key, since) {
      const rows = await db
        .selectFrom('login_attempts')
        .select(['is_success', 'at'])
        .where('attempt_key', '=', key)
        .where('at', '>=', since)
        .orderBy('at', 'desc')
        .execute();
      return rows.map((row) => ({ at: row.at, isSuccess: row.is_success === 1 }));
    },
    async pruneBefore(key, before) {
      await db.deleteFrom('login_attempts').where('attempt_key', '=', key).where('at', '<', before).execute();
    },
  } satisfies LoginAttemptRepository;
}
