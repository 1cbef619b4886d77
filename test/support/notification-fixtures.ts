/**
 * People and events for notification tests, written straight into the tables (the accounts feature owns user
 * management; these tests need only rows to notify).
 */
import type { Kysely } from 'kysely';
import type { Locale, Role } from '../../src/core/types.ts';
import type { Database } from '../../src/storage/schema/index.ts';

let counter = 0;

export interface TestPerson {
  id: number;
  email: string;
  locale: Locale;
}

export async function insertTestUser(
  db: Kysely<Database>,
  input: { workspaceId: number; locale?: Locale; role?: Role; isActive?: boolean; name?: string },
): Promise<TestPerson> {
  counter += 1;
  const email = `person-${counter}-${process.pid}@test.tandem`;
  const locale = input.locale ?? 'de';
  const row = await db
    .insertInto('users')
    .values({
      workspace_id: input.workspaceId,
      email,
      name: input.name ?? `Person ${counter}`,
      role: input.role ?? 'sales_rep',
      locale,
      password_hash: null,
      is_active: input.isActive === false ? 0 : 1,
      locked_until: null,
      password_changed_at: null,
      last_login_at: null,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, email, locale };
}
