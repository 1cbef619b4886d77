import { describe, expect, it } from 'vitest';
import { densifyWeeks, findLastCompleteWeek, listWeekStarts, toWeekNumber } from './series.ts';

describe('week grid', () => {
  it('ends with the last week that has fully ended by the as-of date', () => {
    expect(findLastCompleteWeek('2025-03-30')).toBe('2025-03-24');
    expect(findLastCompleteWeek('2025-03-31')).toBe('2025-03-24');
    expect(findLastCompleteWeek('2025-03-29')).toBe('2025-03-17');
  });

  it('numbers consecutive weeks consecutively across year ends', () => {
    const weeks = listWeekStarts('2024-12-18', '2025-01-13');
    expect(weeks).toEqual(['2024-12-16', '2024-12-23', '2024-12-30', '2025-01-06', '2025-01-13']);
    const first = toWeekNumber(weeks[0] ?? '');
    expect(weeks.map((week) => toWeekNumber(week) - first)).toEqual([0, 1, 2, 3, 4]);
  });

  it('fills missing weeks with "no events", sorts, and drops weeks after the last one', () => {
    const weeks = [
      { weekStart: '2025-01-20', value: 4, n: 1 },
      { weekStart: '2025-01-06', value: 2, n: 1 },
      { weekStart: '2025-02-03', value: 9, n: 1 },
    ];
    expect(densifyWeeks(weeks, '2025-01-27')).toEqual([
      { weekStart: '2025-01-06', value: 2, n: 1 },
      { weekStart: '2025-01-13', value: 0, n: 0 },
      { weekStart: '2025-01-20', value: 4, n: 1 },
    ]);
  });
});
