/**
 * Login rate limiting stored in the database (login_attempts), so every app instance sees the same counts.
 * Each attempt counts against the account (the e-mail as typed, whether or not it exists: the lock itself must
 * not reveal which accounts exist) and against the caller's IP address.
 */
import type { Config } from '../config.ts';
import { AppError } from '../core/errors.ts';
import { findLockedUntil, type LockoutRule } from '../core/login-lockout.ts';
import type { Storage } from '../storage/port.ts';

export interface ThrottleInput {
  storage: Storage;
  config: Config;
  email: string;
  ip: string;
  now: Date;
}

function keysAndRules({ config, email, ip }: Omit<ThrottleInput, 'storage' | 'now'>) {
  const windowMs = config.loginLockoutMinutes * 60_000;
  const account: LockoutRule = { maxFailures: config.loginMaxFailures, windowMs, isResetBySuccess: true };
  const address: LockoutRule = {
    maxFailures: config.loginMaxFailuresPerIp,
    windowMs,
    isResetBySuccess: false,
  };
  return [
    { key: `account:${email.trim().toLowerCase()}`, rule: account },
    { key: `ip:${ip}`, rule: address },
  ];
}

/** Throws RATE_LIMITED while the account or the address is locked, saying how long to wait. */
export async function assertLoginAllowed(input: ThrottleInput): Promise<void> {
  const { storage, now } = input;
  for (const { key, rule } of keysAndRules(input)) {
    const since = new Date(now.getTime() - rule.windowMs).toISOString();
    const attempts = await storage.loginAttempts.listSince(key, since);
    const lockedUntil = findLockedUntil({ attempts, now, rule });
    if (lockedUntil) {
      const minutes = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60_000));
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed log-in attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      );
    }
  }
}

/** Records the outcome against both keys and forgets attempts older than the window. */
export async function recordLoginOutcome(input: ThrottleInput & { isSuccess: boolean }): Promise<void> {
  const { storage, now, isSuccess } = input;
  for (const { key, rule } of keysAndRules(input)) {
    await storage.loginAttempts.record(key, isSuccess, now.toISOString());
    await storage.loginAttempts.pruneBefore(key, new Date(now.getTime() - rule.windowMs).toISOString());
  }
}
