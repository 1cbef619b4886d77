import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLockedUntil, type LockoutRule } from './login-lockout.ts';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const MINUTE = 60_000;
const ACCOUNT: LockoutRule = { maxFailures: 3, windowMs: 15 * MINUTE, isResetBySuccess: true };
const IP: LockoutRule = { ...ACCOUNT, isResetBySuccess: false };

function minutesAgo(minutes: number, isSuccess = false) {
  return { at: new Date(NOW.getTime() - minutes * MINUTE).toISOString(), isSuccess };
}

describe('login lockout', () => {
  it.each([
    ['no attempts', [], ACCOUNT, null],
    ['fewer failures than the limit', [minutesAgo(1), minutesAgo(2)], ACCOUNT, null],
    [
      'the limit reached: locked until the oldest counted failure leaves the window',
      [minutesAgo(1), minutesAgo(2), minutesAgo(5)],
      ACCOUNT,
      '2026-03-02T10:10:00.000Z',
    ],
    [
      'failures older than the window do not count',
      [minutesAgo(1), minutesAgo(2), minutesAgo(16)],
      ACCOUNT,
      null,
    ],
    [
      'a success resets an account',
      [minutesAgo(1), minutesAgo(2), minutesAgo(3, true), minutesAgo(4)],
      ACCOUNT,
      null,
    ],
    [
      'a success does not reset an IP address',
      [minutesAgo(1), minutesAgo(2), minutesAgo(3, true), minutesAgo(4)],
      IP,
      '2026-03-02T10:11:00.000Z',
    ],
  ])('%s', (_label, attempts, rule, expected) => {
    expect(findLockedUntil({ attempts, now: NOW, rule })).toBe(expected);
  });

  it('never locks beyond one window from now, and locks whenever the window holds the limit of failures', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }), (ages) => {
        const attempts = ages.map((age) => minutesAgo(age + 0.5));
        const lockedUntil = findLockedUntil({ attempts, now: NOW, rule: IP });
        const inWindow = ages.filter((age) => age + 0.5 < 15).length;
        expect(lockedUntil !== null).toBe(inWindow >= IP.maxFailures);
        if (lockedUntil) {
          expect(Date.parse(lockedUntil)).toBeGreaterThan(NOW.getTime());
          expect(Date.parse(lockedUntil)).toBeLessThanOrEqual(NOW.getTime() + IP.windowMs);
        }
      }),
    );
  });
});
