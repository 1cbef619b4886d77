import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, periodOf, toEpochDay } from '../core/calendar.ts';
import { formatDay, quarterKeyOfDay, toCivil } from './days.ts';

describe('fast epoch days', () => {
  it.each([
    ['1970-01-01', { year: 1970, month: 1, dayOfMonth: 1 }],
    ['2024-02-29', { year: 2024, month: 2, dayOfMonth: 29 }],
    ['2026-12-31', { year: 2026, month: 12, dayOfMonth: 31 }],
    ['2000-03-01', { year: 2000, month: 3, dayOfMonth: 1 }],
  ])('reads %s', (date, civil) => {
    expect(toCivil(toEpochDay(date))).toEqual(civil);
  });

  it('agrees with core/calendar on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
        expect(formatDay(day)).toBe(fromEpochDay(day));
        expect(quarterKeyOfDay(day)).toBe(periodOf(fromEpochDay(day), 'quarter').key);
      }),
    );
  });
});
