import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  isoWeekKey,
  listPeriods,
  parsePeriodKey,
  periodOf,
  startOfIsoWeek,
  toEpochDay,
} from './calendar.ts';

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-28', '2026-W48'],
  ])('%s is in %s', (date, key) => {
    expect(isoWeekKey(date)).toBe(key);
  });

  it('weeks start on Monday', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(startOfIsoWeek('2026-12-06')).toBe('2026-11-30');
  });
});

describe('fiscal periods', () => {
  it('calendar quarters', () => {
    expect(periodOf('2026-11-28', 'quarter')).toEqual({
      key: '2026-Q4',
      kind: 'quarter',
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it('a fiscal year starting in April names the year it starts in', () => {
    const calendar = { fiscalYearStartMonth: 4 };
    expect(periodOf('2027-02-10', 'quarter', calendar).key).toBe('2026-Q4');
    expect(periodOf('2027-02-10', 'year', calendar)).toMatchObject({
      start: '2026-04-01',
      end: '2027-03-31',
    });
    expect(parsePeriodKey('2026-Q1', calendar)).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
  });

  it('parses period keys and rejects nonsense', () => {
    expect(parsePeriodKey('2026-02')).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(parsePeriodKey('2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriodKey('2026-Q5')).toBeNull();
    expect(parsePeriodKey('Q4/2026')).toBeNull();
  });

  it('lists consecutive quarters without gaps', () => {
    const quarters = listPeriods('quarter', '2025-11-15', '2026-11-28');
    expect(quarters.map((period) => period.key)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    for (let i = 1; i < quarters.length; i++) {
      expect(addDays(quarters[i - 1]!.end, 1)).toBe(quarters[i]!.start);
    }
  });

  it('every date lies inside its own period, for any fiscal start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15_000, max: 25_000 }), fc.integer({ min: 1, max: 12 }), (day, month) => {
        const date = fromEpochDay(day);
        for (const kind of ['month', 'quarter', 'year'] as const) {
          const period = periodOf(date, kind, { fiscalYearStartMonth: month });
          expect(period.start <= date && date <= period.end).toBe(true);
          expect(parsePeriodKey(period.key, { fiscalYearStartMonth: month })).toEqual(period);
        }
      }),
    );
  });
});

describe('dates', () => {
  it('validates real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('31.12.2026')).toBe(false);
  });

  it('epoch days round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (day) => toEpochDay(fromEpochDay(day)) === day),
    );
  });

  it('counts days as the JavaScript Date does, across leap years and centuries (years 1 to 9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        return fromEpochDay(day) === iso && toEpochDay(iso) === day;
      }),
      { numRuns: 5000 },
    );
    expect(fromEpochDay(toEpochDay('2024-02-29') + 1)).toBe('2024-03-01');
    expect(fromEpochDay(toEpochDay('2100-02-28') + 1)).toBe('2100-03-01');
    expect(toEpochDay('not a date')).toBeNaN();
  });
});
