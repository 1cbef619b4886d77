/**
 * Epoch-day helpers for the simulation's hot loops: day numbers instead of date strings, formatted dates
 * memoised. The calendar arithmetic itself is core/calendar's.
 */

import { type CivilDate, toCivil } from '../core/calendar.ts';

export { type CivilDate, toCivil };

const formatted = new Map<number, string>();

/** `YYYY-MM-DD` for an epoch day (memoised: the demo touches a few thousand distinct days). */
export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    const { year, month, dayOfMonth } = toCivil(day);
    text = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    formatted.set(day, text);
  }
  return text;
}

/** Calendar quarter key (`2026-Q4`); the demo workspace's fiscal year starts in January. */
export function quarterKeyOfDay(day: number): string {
  const { year, month } = toCivil(day);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}
