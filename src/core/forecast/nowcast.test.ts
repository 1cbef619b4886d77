import { describe, expect, it } from 'vitest';
import { buildHistory, type DealSpec } from '../../../test/support/pipeline-builders.ts';
import { toEpochDay } from '../calendar.ts';
import { prepareForecast } from './context.ts';
import { forecastTarget } from './forecast.ts';
import { nowcastWinShift, PERSISTENT_SHARE } from './nowcast.ts';

/** Day 639 after 2023-01-01 is 2024-10-01; asOf 2024-11-15 is day 684. */
const Q4_START_DAY = 639;

/**
 * Two deals a day from 2023-01-01, each closed 30 days later, one in three won. Deals open on 1 October 2024
 * (created in the 30 days before) are all won (`hot`) or all lost (`cold`) instead.
 */
function buildWorkspace(current: 'normal' | 'hot' | 'cold'): DealSpec[] {
  const specs: DealSpec[] = [];
  for (let day = 0; day < 684; day++) {
    for (let i = 0; i < 2; i++) {
      const id = specs.length + 1;
      const isOpenAtStart = day >= Q4_START_DAY - 30 && day < Q4_START_DAY;
      const usual = id % 3 === 0 ? 'won' : 'lost';
      const outcome = !isOpenAtStart || current === 'normal' ? usual : current === 'hot' ? 'won' : 'lost';
      specs.push({ id, createdDay: day, lifeDays: 30, outcome, stagesReached: 1, amountCents: 100 });
    }
  }
  return specs;
}

function nowcast(current: 'normal' | 'hot' | 'cold') {
  const context = prepareForecast({
    history: buildHistory(buildWorkspace(current)),
    asOf: '2024-11-15',
    seed: 1,
  });
  return {
    context,
    nowcast: nowcastWinShift({ context, scope: {}, periodStartDay: toEpochDay('2024-10-01') }),
  };
}

describe('nowcast of the period shift', () => {
  it('leaves the prior alone before the period starts', () => {
    const { context } = nowcast('normal');
    const before = nowcastWinShift({ context, scope: {}, periodStartDay: toEpochDay('2025-01-01') });
    expect(before).toMatchObject({ mean: 0, sd: context.shock.sigmaWin });
  });

  it('sees a normal period as normal, a cold one as cold and a hot one as hot', () => {
    const normal = nowcast('normal').nowcast;
    const cold = nowcast('cold').nowcast;
    const hot = nowcast('hot').nowcast;
    expect(Math.abs(normal.mean)).toBeLessThan(0.1);
    // The snapshot nearest 1 October is 4 October: a few deals created after 1 October win as usual.
    expect(cold.expected).toBeGreaterThan(10);
    expect(cold.observed).toBeLessThan(0.2 * cold.expected);
    expect(cold.mean).toBeLessThan(-0.1);
    expect(hot.mean).toBeGreaterThan(0.1);
  });

  it('never narrows the interval below the part of the shift that does not persist', () => {
    const { context, nowcast: hot } = nowcast('hot');
    expect(hot.sd).toBeGreaterThanOrEqual(Math.sqrt(1 - PERSISTENT_SHARE) * context.shock.sigmaWin - 1e-12);
  });

  it('lowers the forecast of a period that runs cold', () => {
    const p50 = (current: 'normal' | 'cold') => {
      const { context } = nowcast(current);
      return forecastTarget(context, { id: 1, period: '2024-Q4', measure: 'deals_won', scope: {}, value: 1 })
        .p50;
    };
    // Deals open on 1 October were lost in the cold case, so fewer are booked; the open ones are marked down too.
    expect(p50('cold')).toBeLessThan(p50('normal'));
  });
});
