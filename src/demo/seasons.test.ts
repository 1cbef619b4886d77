import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../core/calendar.ts';
import { createRandom } from '../core/random.ts';
import { toCivil } from './days.ts';
import {
  computeActivityTable,
  endOfMonthDay,
  pullToQuarterEnd,
  skipChristmasBreak,
  toNextBusinessDay,
  weekdayOfDay,
} from './seasons.ts';

const YEARS_2020_TO_2030 = { min: toEpochDay('2020-01-01'), max: toEpochDay('2030-12-31') };

function isInChristmasBreak(day: number): boolean {
  const { month, dayOfMonth } = toCivil(day);
  return (month === 12 && dayOfMonth >= 23) || (month === 1 && dayOfMonth <= 6);
}

describe('demo seasons', () => {
  it('dips in August and between Christmas and Epiphany, and grows year on year', () => {
    const first = toEpochDay('2025-01-01');
    const table = computeActivityTable(first, first + 730, first);
    const mean = (from: string, to: string) => {
      const values = table.slice(toEpochDay(from) - first, toEpochDay(to) - first + 1);
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    const year = mean('2025-01-01', '2025-12-31');
    expect(mean('2025-08-01', '2025-08-31')).toBeLessThan(0.8 * year);
    expect(mean('2025-12-23', '2026-01-02')).toBeLessThan(0.4 * year);
    expect(mean('2026-01-01', '2026-12-31')).toBeGreaterThan(year * 1.04);
  });

  it('pulls a won close to the quarter end but never before negotiation began, nor into the Christmas break', () => {
    fc.assert(
      fc.property(
        fc.integer(YEARS_2020_TO_2030),
        fc.integer({ min: 1, max: 60 }),
        fc.integer(),
        (anyDay, inNegotiation, seed) => {
          const close = toNextBusinessDay(anyDay);
          const earliest = close - inNegotiation;
          const day = pullToQuarterEnd(createRandom(seed), close, earliest);
          expect(day).toBeGreaterThanOrEqual(earliest);
          expect(isInChristmasBreak(day)).toBe(false);
          expect(weekdayOfDay(day)).toBeLessThanOrEqual(5);
        },
      ),
    );
  });

  it('moves a close in the break to the first working day after Epiphany', () => {
    expect(skipChristmasBreak(toEpochDay('2025-12-29'))).toBe(toEpochDay('2026-01-07'));
    expect(skipChristmasBreak(toEpochDay('2026-01-05'))).toBe(toEpochDay('2026-01-07'));
    expect(skipChristmasBreak(toEpochDay('2026-02-05'))).toBe(toEpochDay('2026-02-05'));
  });

  it('knows month ends', () => {
    expect(endOfMonthDay(toEpochDay('2024-02-10'))).toBe(toEpochDay('2024-02-29'));
    expect(endOfMonthDay(toEpochDay('2026-12-31'))).toBe(toEpochDay('2026-12-31'));
  });
});
