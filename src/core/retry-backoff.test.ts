import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRetryDelayMs, DEFAULT_RETRY_POLICY, decideAfterFailure } from './retry-backoff.ts';

const policy = { baseDelayMs: 1000, maxDelayMs: 60_000, maxAttempts: 5 };

describe('retry backoff', () => {
  it.each([
    { attempts: 1, random: 0, expected: 500 },
    { attempts: 1, random: 0.999_999, expected: 1000 },
    { attempts: 2, random: 0.5, expected: 1500 },
    { attempts: 4, random: 0, expected: 4000 },
    { attempts: 20, random: 0, expected: 30_000 },
  ])('waits $expected ms after $attempts failures (random $random)', ({ attempts, random, expected }) => {
    expect(computeRetryDelayMs({ attempts, random, policy })).toBe(expected);
  });

  it('stays between half and all of the capped nominal delay (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempts, random) => {
          const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempts - 1, 60));
          const delay = computeRetryDelayMs({ attempts, random, policy });
          expect(delay).toBeGreaterThanOrEqual(Math.floor(nominal / 2));
          expect(delay).toBeLessThanOrEqual(nominal);
        },
      ),
    );
  });

  it('never waits less after more failures, for the same draw (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempts, random) => {
          expect(computeRetryDelayMs({ attempts: attempts + 1, random, policy })).toBeGreaterThanOrEqual(
            computeRetryDelayMs({ attempts, random, policy }),
          );
        },
      ),
    );
  });

  it('retries a transient failure and gives up after the last attempt or on a permanent one', () => {
    expect(decideAfterFailure({ attempts: 1, isPermanent: false, nowMs: 10_000, random: 0, policy })).toEqual(
      {
        status: 'pending',
        nextAttemptAtMs: 10_500,
      },
    );
    expect(decideAfterFailure({ attempts: 5, isPermanent: false, nowMs: 0, random: 0, policy })).toEqual({
      status: 'failed',
    });
    expect(decideAfterFailure({ attempts: 1, isPermanent: true, nowMs: 0, random: 0, policy })).toEqual({
      status: 'failed',
    });
  });

  it('rides out an outage of at least twelve hours with the default policy', () => {
    let waitedMs = 0;
    for (let attempts = 1; attempts < DEFAULT_RETRY_POLICY.maxAttempts; attempts++)
      waitedMs += computeRetryDelayMs({ attempts, random: 0 });
    expect(waitedMs).toBeGreaterThan(12 * 3_600_000);
  });
});
