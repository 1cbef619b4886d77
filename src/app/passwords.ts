/**
 * Password hashing with argon2id at OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane), and the
 * password rules from core with messages that name the field.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../core/errors.ts';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '../core/password-rules.ts';

// The library's default algorithm is argon2id (its `Algorithm` is a const enum we cannot import here); the
// test checks the hash says `$argon2id$`.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password against a stored hash. Without a hash (unknown e-mail, invited user) it still spends the
 * time of one verification, so the response time does not tell whether an account exists.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('not-a-real-password-used-for-timing-only');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Throws a VALIDATION error naming `field` and each broken rule; returns when the password is acceptable. */
export function assertPasswordAcceptable({
  password,
  email,
  field,
}: {
  password: string;
  /** The account's e-mail, which the password must not contain. */
  email: string;
  /** Where the password came from, for the error detail (`body.newPassword`). */
  field: string;
}): void {
  const problems = checkPassword(password, { email });
  if (problems.length === 0) return;
  const details = problems.map((problem) => ({ field, message: PASSWORD_PROBLEM_MESSAGES[problem] }));
  throw new AppError('VALIDATION', `The password ${details.map((d) => d.message).join('; ')}`, details);
}

/** A random password for the console (`tandem user add` without --password-stdin): about 120 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
