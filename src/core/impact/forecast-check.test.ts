import { describe, expect, it } from 'vitest';
import { describeForecastCheck } from './describe-forecast-check.ts';
import { compareWithForecast, type EngineForecast } from './forecast-check.ts';

const FORECAST: EngineForecast = {
  source: 'stored_scan',
  asOf: '2025-07-18',
  period: '2025-Q3',
  periodStart: '2025-07-01',
  periodEnd: '2025-09-30',
  measure: 'bookings',
  p10: 80_000_00,
  p50: 100_000_00,
  p90: 120_000_00,
};

describe('compareWithForecast', () => {
  it.each([
    // observed €, effect against P50, band low/high, position
    [150_000_00, 0.5, 0.25, 0.875, 'above_p90'],
    [100_000_00, 0, -1 / 6, 0.25, 'within'],
    [60_000_00, -0.4, -0.5, -0.25, 'below_p10'],
  ] as const)(
    'after the period: booked %d cents → %f against P50',
    (observed, effect, low, high, position) => {
      const check = compareWithForecast({ forecast: FORECAST, observed, observedThrough: '2025-09-30' });
      expect(check.isPeriodComplete).toBe(true);
      expect(check.effect).toBeCloseTo(effect, 10);
      expect(check.interval?.low).toBeCloseTo(low, 10);
      expect(check.interval?.high).toBeCloseTo(high, 10);
      expect(check.position).toBe(position);
    },
  );

  it('during the period gives no lift, only "already above P90" once bookings pass it', () => {
    const early = compareWithForecast({
      forecast: FORECAST,
      observed: 50_000_00,
      observedThrough: '2025-08-15',
    });
    expect(early).toMatchObject({ isPeriodComplete: false, effect: null, interval: null, position: null });
    const ahead = compareWithForecast({
      forecast: FORECAST,
      observed: 130_000_00,
      observedThrough: '2025-08-15',
    });
    expect(ahead.position).toBe('above_p90');
    expect(ahead.effect).toBeNull();
  });

  it('a zero forecast has no lift to report', () => {
    const zero = { ...FORECAST, p10: 0, p50: 0, p90: 0 };
    const check = compareWithForecast({ forecast: zero, observed: 10_00, observedThrough: '2025-09-30' });
    expect(check).toMatchObject({ effect: null, interval: null, position: 'above_p90' });
  });

  it('says which forecast was used, in both languages', () => {
    const check = compareWithForecast({
      forecast: FORECAST,
      observed: 150_000_00,
      observedThrough: '2025-09-30',
    });
    expect(describeForecastCheck(check, 'en')).toContain('(stored by the scan as of');
    expect(describeForecastCheck(check, 'en')).toContain('above P90');
    const computed = compareWithForecast({
      forecast: { ...FORECAST, source: 'computed_as_of_start' },
      observed: 90_000_00,
      observedThrough: '2025-08-01',
    });
    expect(describeForecastCheck(computed, 'de')).toContain('neu gerechnet mit Stand');
    expect(describeForecastCheck(computed, 'de')).toContain('nach Periodenende');
  });
});
