import { describe, expect, it } from 'vitest';
import { formatAmountWithUnit } from './describe-alert.ts';

describe('an alert gap in words', () => {
  it('shows money for bookings and names the unit of a count', () => {
    // Money in the page's number format (compact in English: "€696.8k"), with no unit word after it.
    expect(formatAmountWithUnit(69_680_900, 'bookings', 'EUR', 'de')).toMatch(/^[^A-Za-z]*696[^A-Za-z]*k?$/);
    expect(formatAmountWithUnit(25, 'deals_won', 'EUR', 'de')).toBe('25 Gewonnene Deals');
    expect(formatAmountWithUnit(12, 'renewals', 'EUR', 'en')).toBe('12 Renewals');
  });
});
