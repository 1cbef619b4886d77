import { describe, expect, it } from 'vitest';
import { formatCompactMoney } from './locale-format.ts';

const NBSP = '\u00a0';

describe('formatCompactMoney', () => {
  it.each([
    { cents: 125_000_000, de: `1,3${NBSP}Mio.${NBSP}€`, en: '€1.3M' },
    { cents: 53_816_349, de: `538.163${NBSP}€`, en: '€538.2k' },
    { cents: 99_996_000, de: `1${NBSP}Mio.${NBSP}€`, en: '€1M' },
    { cents: 250_000_000_000, de: `2,5${NBSP}Mrd.${NBSP}€`, en: '€2.5B' },
    { cents: 95_049, de: `950${NBSP}€`, en: '€950' },
    { cents: -1_240_000, de: `-12.400${NBSP}€`, en: '-€12.4k' },
  ])('$cents cents → "$de" / "$en"', ({ cents, de, en }) => {
    expect(formatCompactMoney(cents, 'de')).toBe(de);
    expect(formatCompactMoney(cents, 'en')).toBe(en);
  });

  it('puts the unit between the number and a currency written after it, and keeps other currencies', () => {
    expect(formatCompactMoney(125_000_000, 'en', 'CHF')).toBe(`CHF${NBSP}1.3M`);
    expect(formatCompactMoney(125_000_000, 'de', 'USD')).toBe(`1,3${NBSP}Mio.${NBSP}$`);
  });
});
