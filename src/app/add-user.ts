import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import type { Locale, Role } from '../core/types.ts';
import type { Storage, User } from '../storage/port.ts';
import { assertEmailFree } from './account-guards.ts';
import { assertPasswordAcceptable, generatePassword, hashPassword } from './passwords.ts';
import { type Actor, recordAudit } from './record-audit.ts';

export interface AddUserInput {
  storage: Storage;
  actor: Actor;
  email: string;
  name?: string;
  role: Role;
  locale?: Locale;
  /** Generated (and returned) when absent. */
  password?: string;
}

/** The name shown until the person sets one: the e-mail's local part, "anna.berger" → "Anna Berger". */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** Creates a user with a password directly (console, demo); people in the app are invited instead. */
export async function addUser(input: AddUserInput): Promise<{ user: User; password: string }> {
  const { storage, actor, role } = input;
  const email = input.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) {
    throw new AppError('VALIDATION', `"${input.email}" is not an e-mail address`, [
      { field: 'email', message: 'expected an e-mail address like anna.berger@firma.de' },
    ]);
  }
  await assertEmailFree(storage, email);
  const password = input.password ?? generatePassword();
  assertPasswordAcceptable({ password, email, field: 'password' });
  const user = await storage.users.create({
    workspaceId: actor.workspaceId,
    email,
    name: input.name?.trim() || nameFromEmail(email),
    role,
    ...(input.locale ? { locale: input.locale } : {}),
    passwordHash: await hashPassword(password),
  });
  await recordAudit(storage, actor, {
    action: 'create',
    entity: 'user',
    entityId: user.id,
    after: { email: user.email, name: user.name, role: user.role },
  });
  return { user, password };
}
