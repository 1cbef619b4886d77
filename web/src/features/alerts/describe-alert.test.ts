import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvidence } from '../../../../src/core/requests/evidence.ts';
import { composeRequestTitle } from '../../../../src/core/requests/request-title.ts';
import { formatAmountWithUnit } from './describe-alert.ts';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: {} });
});

describe('an alert gap in words', () => {
  it('shows money for bookings and names the unit of a count', () => {
    // Money in the page's number format (compact in English: "€696.8k"), with no unit word after it.
    expect(formatAmountWithUnit(69_680_900, 'bookings', 'EUR', 'de')).toMatch(/^[^A-Za-z]*696[^A-Za-z]*k?$/);
    expect(formatAmountWithUnit(25, 'deals_won', 'EUR', 'de')).toBe('25 Gewonnene Deals');
    expect(formatAmountWithUnit(12, 'renewals', 'EUR', 'en')).toBe('12 Renewals');
  });

  it.each([
    { language: 'de', measure: 'bookings', shortfall: 53_816_349 },
    { language: 'en', measure: 'bookings', shortfall: 53_816_349 },
    { language: 'en', measure: 'bookings', shortfall: 125_040_000 },
    { language: 'de', measure: 'deals_won', shortfall: 9.4 },
  ] as const)(
    'a request made from the alert names the same shortfall as the alert ($language, $measure $shortfall)',
    async ({ language, measure, shortfall }) => {
      await i18next.changeLanguage(language);
      const forecast = {
        period: '2026-Q4',
        measure,
        target: 500_000_000,
        booked: 200_000_000,
        p10: 300_000_000,
        // The median misses by a different amount than the mean shortfall the alert states.
        p50: 410_000_000,
        p90: 450_000_000,
        pMiss: 0.784,
        expectedShortfall: shortfall,
        periodEnd: '2026-12-31',
      };
      const evidence: RequestEvidence = {
        asOf: '2026-11-28',
        scope: { product: 1 },
        scopeNames: { product: 'OptiScan' },
        alert: null,
        aidaStage: null,
        forecast,
        weeksLeft: 4,
        drivers: [],
        reasonShifts: [],
        suggestedQuestions: [],
      };
      const onAlert = formatAmountWithUnit(shortfall, measure, 'EUR', language);
      expect(composeRequestTitle({ evidence, locale: language, currency: 'EUR' })).toContain(`−${onAlert} (`);
    },
  );
});
