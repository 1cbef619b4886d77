import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../test/support/databases.ts';
import { isPostgresAvailable } from '../../test/support/environment.ts';
import { getMigrationStatus, migrateToLatest } from './migrate.ts';
import { LATEST_MIGRATION } from './migrations/index.ts';

// getMigrationStatus reads kysely_migration directly (health and readiness probes call it on every request):
// it must still tell an empty database, a behind one and a current one apart.
const isPgAvailable = await isPostgresAvailable();

for (const engine of ENGINES) {
  it.skipIf(engine === 'postgres' && !isPgAvailable)(
    `reports empty, behind and current databases [${engine}]`,
    async () => {
      const test = await createTestDatabase(engine, { migrate: false });
      try {
        expect(await getMigrationStatus(test.database)).toEqual({
          level: null,
          latest: LATEST_MIGRATION,
          isCurrent: false,
        });
        await migrateToLatest(test.database);
        expect(await getMigrationStatus(test.database)).toEqual({
          level: LATEST_MIGRATION,
          latest: LATEST_MIGRATION,
          isCurrent: true,
        });
        await sql`delete from kysely_migration where name = ${LATEST_MIGRATION}`.execute(test.database.db);
        const behind = await getMigrationStatus(test.database);
        expect(behind.isCurrent).toBe(false);
        expect(behind.level).not.toBe(LATEST_MIGRATION);
        expect(behind.level).not.toBeNull();
      } finally {
        await test.drop();
      }
    },
  );
}
