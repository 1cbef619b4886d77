import { describe, expect, it } from 'vitest';
import type { AlertForecast } from '../alerts.ts';
import type { RequestEvidence } from './evidence.ts';
import { composeRequestTitle } from './request-title.ts';

const FORECAST: AlertForecast = {
  period: '2026-Q4',
  measure: 'bookings',
  target: 500_000_000,
  booked: 200_000_000,
  p10: 300_000_000,
  p50: 380_000_000,
  p90: 450_000_000,
  pMiss: 0.784,
  expectedShortfall: 125_000_000,
  periodEnd: '2026-12-31',
};

function evidence(overrides: Partial<RequestEvidence> = {}): RequestEvidence {
  return {
    asOf: '2026-11-28',
    scope: { product: 1, segment: 2 },
    scopeNames: { product: 'OptiScan', segment: 'Automotive' },
    alert: {
      id: 7,
      kind: 'forecast_gap',
      indicator: 'bookings',
      severity: 'high',
      asOf: '2026-11-27',
      firstDetectedOn: '2026-11-20',
      changeStartOn: '2026-10-12',
      changePct: -38,
    },
    aidaStage: 'desire',
    forecast: FORECAST,
    weeksLeft: 4,
    drivers: [],
    reasonShifts: [],
    suggestedQuestions: [],
    ...overrides,
  };
}

describe('composeRequestTitle', () => {
  it.each([
    { locale: 'en', title: 'OptiScan × Automotive: −€1.3M (P(miss) 78%), 4 weeks left' },
    {
      locale: 'de',
      title: 'OptiScan × Automotive: −1,3\u00a0Mio.\u00a0€ (P(Verfehlen) 78 %), noch 4 Wochen',
    },
  ] as const)('names scope, gap, risk and weeks left ($locale)', ({ locale, title }) => {
    expect(composeRequestTitle({ evidence: evidence(), locale, currency: 'EUR' })).toBe(title);
  });

  it('names the indicator and its change for a shift alert without a forecast', () => {
    const shift = evidence({
      forecast: null,
      weeksLeft: null,
      alert: { ...evidence().alert!, kind: 'indicator_shift', indicator: 'new_opportunities' },
    });
    expect(composeRequestTitle({ evidence: shift, locale: 'en', currency: 'EUR' })).toBe(
      'OptiScan × Automotive: New opportunities per week −38%',
    );
    expect(composeRequestTitle({ evidence: shift, locale: 'de', currency: 'EUR' })).toBe(
      'OptiScan × Automotive: Neue Opportunities pro Woche −38 %',
    );
  });

  it('says "support requested" for a request by hand, and names the whole company for an empty scope', () => {
    const manual = evidence({ alert: null, forecast: null, weeksLeft: null, scope: {}, scopeNames: {} });
    expect(composeRequestTitle({ evidence: manual, locale: 'en', currency: 'EUR' })).toBe(
      'Whole company: support requested',
    );
    expect(composeRequestTitle({ evidence: manual, locale: 'de', currency: 'EUR' })).toBe(
      'Gesamtes Unternehmen: Unterstützung angefragt',
    );
  });

  it('names the mean shortfall, as the alert does, in the workspace currency; counts with their unit', () => {
    // The median misses the target by 1.2M, the mean shortfall over the simulations is 1.25M: the alert says 1.25M.
    expect(composeRequestTitle({ evidence: evidence(), locale: 'en', currency: 'CHF' })).toContain(
      '−CHF\u00a01.3M',
    );
    const small = evidence({ forecast: { ...FORECAST, expectedShortfall: 53_816_349 } });
    expect(composeRequestTitle({ evidence: small, locale: 'de', currency: 'EUR' })).toContain(
      '−538.163\u00a0€',
    );
    expect(composeRequestTitle({ evidence: small, locale: 'en', currency: 'EUR' })).toContain('−€538.2k');
    const counts = evidence({
      forecast: { ...FORECAST, measure: 'deals_won', target: 40, p50: 31, expectedShortfall: 9.4 },
    });
    expect(composeRequestTitle({ evidence: counts, locale: 'en', currency: 'EUR' })).toContain(
      '−9 Deals won',
    );
  });

  it('names the shift when the forecast expects no shortfall (as the alert headline does)', () => {
    const reached = evidence({ forecast: { ...FORECAST, p50: 520_000_000, expectedShortfall: 0 } });
    expect(composeRequestTitle({ evidence: reached, locale: 'en', currency: 'EUR' })).toBe(
      'OptiScan × Automotive: Bookings −38%',
    );
  });
});
