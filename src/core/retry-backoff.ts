/**
 * When to try a failed delivery again, and when to stop. Exponential backoff with "equal jitter": half of each
 * delay is fixed and half random, so the messages an outage held back do not all return in the same second, yet
 * none comes back sooner than half its nominal delay.
 */

export interface RetryPolicy {
  /** Delay after the first failed attempt. */
  baseDelayMs: number;
  /** Ceiling for any one delay. */
  maxDelayMs: number;
  /** Attempts in all, the first included; the message is marked failed after the last. */
  maxAttempts: number;
}

/**
 * Nominal waits 30 s, 1, 2, 4 … min, capped at 4 h, 15 attempts: 14 waits of 24¼ h nominal, 12 h at the least
 * with jitter, so a server may be away a night and a working day before a message is given up as failed (and then
 * still shown, and retried by an admin with one click).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 4 * 3_600_000,
  maxAttempts: 15,
};

/**
 * Milliseconds to wait after `attempts` failed attempts (1 after the first failure). `random` is a uniform draw
 * in [0, 1) passed in by the caller, so the schedule is testable.
 */
export function computeRetryDelayMs({
  attempts,
  random,
  policy = DEFAULT_RETRY_POLICY,
}: {
  attempts: number;
  random: number;
  policy?: RetryPolicy;
}): number {
  const exponent = Math.max(0, attempts - 1);
  // 2^exponent overflows nothing below 2^1023; the ceiling applies long before.
  const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 60));
  const unit = Math.min(Math.max(random, 0), 1);
  return Math.round(nominal / 2 + (nominal / 2) * unit);
}

export type RetryDecision = { status: 'pending'; nextAttemptAtMs: number } | { status: 'failed' };

/**
 * After a failed attempt: retry later, or give up when the failure is permanent (the receiver said the message
 * itself is wrong) or the attempts are used up.
 */
export function decideAfterFailure({
  attempts,
  isPermanent,
  nowMs,
  random,
  policy = DEFAULT_RETRY_POLICY,
}: {
  attempts: number;
  isPermanent: boolean;
  nowMs: number;
  random: number;
  policy?: RetryPolicy;
}): RetryDecision {
  if (isPermanent || attempts >= policy.maxAttempts) return { status: 'failed' };
  return { status: 'pending', nextAttemptAtMs: nowMs + computeRetryDelayMs({ attempts, random, policy }) };
}
