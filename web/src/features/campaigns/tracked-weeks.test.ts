import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/core/calendar.ts';
import { pickTrackedWeeks } from './tracked-weeks.ts';

/** Mondays from 2025-01-06 for `count` weeks. */
function mondays(count: number): { weekStart: string }[] {
  return Array.from({ length: count }, (_, index) => ({
    weekStart: addDays('2025-01-06', 7 * index),
  }));
}

describe('the weeks a campaign’s KPI table shows', () => {
  it('shows a past campaign with six weeks before and eight after, not the latest weeks', () => {
    const picked = pickTrackedWeeks(mondays(100), { startOn: '2025-07-21', endOn: '2025-09-28' });
    expect(picked[0]?.week.weekStart).toBe('2025-06-09');
    expect(picked.at(-1)?.week.weekStart).toBe('2025-11-17');
    const inCampaign = picked.filter((row) => row.isInCampaign).map((row) => row.week.weekStart);
    expect(inCampaign[0]).toBe('2025-07-21');
    expect(inCampaign.at(-1)).toBe('2025-09-22');
    expect(inCampaign).toHaveLength(10);
  });

  it('counts the week a mid-week start falls in, and runs to the latest week while the campaign has no end', () => {
    const picked = pickTrackedWeeks(mondays(60), { startOn: '2025-12-03', endOn: null });
    expect(picked.find((row) => row.isInCampaign)?.week.weekStart).toBe('2025-12-01');
    expect(picked.at(-1)?.week.weekStart).toBe(mondays(60).at(-1)?.weekStart);
  });

  it('shows the latest 30 weeks of a campaign not yet launched', () => {
    const picked = pickTrackedWeeks(mondays(40), { startOn: null, endOn: null });
    expect(picked).toHaveLength(30);
    expect(picked.some((row) => row.isInCampaign)).toBe(false);
  });
});
