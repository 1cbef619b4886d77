import { readFileSync } from 'node:fs';
import type { Config } from '../config.ts';
import { openDatabase, resolveDatabaseTarget } from '../storage/connect.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { createStorage } from '../storage/storage.ts';
import type { AppContext } from './context.ts';

export const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

/** Opens the configured database and brings it up to date: every command that touches data starts here. */
export async function openContext(config: Config): Promise<AppContext> {
  const target = resolveDatabaseTarget(config.databaseUrl);
  const database = await openDatabase(target, config.pgSchema ? { schema: config.pgSchema } : {});
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { storage: createStorage(database), database, config, version: VERSION };
}
