/**
 * Optional test dependencies — PostgreSQL, Chromium, the shared datasets — skip with a message where they are
 * absent (a user's clone) and fail where CI requires them (TANDEM_REQUIRE_PG / _BROWSER / _DATA = 1).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

export const TEST_PG_URL = process.env.TANDEM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const CHROMIUM_PATH = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';
export const SHARED_DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

function isRequired(variable: string): boolean {
  return process.env[variable] === '1';
}

/** Returns true when the dependency is there; throws when it is required but missing; else warns and returns false. */
function checkAvailable(variable: string, isAvailable: boolean, what: string): boolean {
  if (isAvailable) return true;
  if (isRequired(variable)) throw new Error(`${what} is required (${variable}=1) but not available`);
  console.warn(`[skip] ${what} is not available; set ${variable}=1 to make this a failure`);
  return false;
}

let pgReachable: Promise<boolean> | undefined;

export async function isPostgresAvailable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return checkAvailable('TANDEM_REQUIRE_PG', await pgReachable, `PostgreSQL at ${TEST_PG_URL}`);
}

export function isBrowserAvailable(): boolean {
  return checkAvailable('TANDEM_REQUIRE_BROWSER', existsSync(CHROMIUM_PATH), `Chromium at ${CHROMIUM_PATH}`);
}

/** The path of a file in ../shared/data, or null (skip) when the datasets are not next to this clone. */
export function sharedDataFile(relativePath: string): string | null {
  const path = resolve(SHARED_DATA_DIR, relativePath);
  return checkAvailable('TANDEM_REQUIRE_DATA', existsSync(path), `Dataset ${path}`) ? path : null;
}
