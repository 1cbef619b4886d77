/**
 * Temporary lockout after repeated failed logins, as a sliding window: a key (an account or an IP address) may
 * fail at most `maxFailures` times within `windowMs`; one more attempt waits until the oldest counted failure
 * leaves the window. For an account a successful login starts the count afresh; for an IP address it does not,
 * or one valid account would let an attacker reset the limit for guessing all the others.
 */

export interface LoginAttempt {
  /** ISO-8601 timestamp. */
  at: string;
  isSuccess: boolean;
}

export interface LockoutRule {
  maxFailures: number;
  windowMs: number;
  isResetBySuccess: boolean;
}

/** The instant (ISO-8601) until which the key is locked, or null when another attempt may be made now. */
export function findLockedUntil({
  attempts,
  now,
  rule,
}: {
  attempts: readonly LoginAttempt[];
  now: Date;
  rule: LockoutRule;
}): string | null {
  const windowStart = now.getTime() - rule.windowMs;
  const recent = attempts
    .map((attempt) => ({ time: Date.parse(attempt.at), isSuccess: attempt.isSuccess }))
    .filter((attempt) => attempt.time > windowStart)
    .sort((a, b) => b.time - a.time);
  const lastSuccess = rule.isResetBySuccess ? recent.findIndex((attempt) => attempt.isSuccess) : -1;
  const counted = (lastSuccess === -1 ? recent : recent.slice(0, lastSuccess)).filter((a) => !a.isSuccess);
  const oldestCounted = counted[rule.maxFailures - 1];
  if (!oldestCounted) return null;
  return new Date(oldestCounted.time + rule.windowMs).toISOString();
}
