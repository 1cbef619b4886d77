/** People to notify in tests, made through the users repository (no session needed: nobody logs in). */
import type { Locale, Role } from '../../src/core/types.ts';
import type { Storage } from '../../src/storage/port.ts';

let counter = 0;

export interface TestPerson {
  id: number;
  email: string;
  locale: Locale;
}

export async function insertTestUser(
  storage: Storage,
  input: { workspaceId: number; locale?: Locale; role?: Role; isActive?: boolean; name?: string },
): Promise<TestPerson> {
  counter += 1;
  const locale = input.locale ?? 'de';
  const user = await storage.users.create({
    workspaceId: input.workspaceId,
    email: `person-${counter}-${process.pid}@test.tandem`,
    name: input.name ?? `Person ${counter}`,
    role: input.role ?? 'sales_rep',
    locale,
    passwordHash: null,
  });
  if (input.isActive === false) await storage.users.update(input.workspaceId, user.id, { isActive: false });
  return { id: user.id, email: user.email, locale };
}
