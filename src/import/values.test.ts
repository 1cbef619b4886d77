import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../core/calendar.ts';
import { detectDateOrder, detectDecimal, detectDelimiter, detectEncoding } from './detect-format.ts';
import {
  parseBoolean,
  parseDate,
  parseDecimal,
  parseFixedDate,
  parseMoneyCents,
  readPlainMoneyCents,
} from './values.ts';

describe('amounts', () => {
  it.each([
    ['1.234,56', ',', 123_456],
    ['1.234,56 €', ',', 123_456],
    ['€ 1.234', ',', 123_400],
    ['1234,5', ',', 123_450],
    ['1,234.56', '.', 123_456],
    ['$24,500.00', '.', 2_450_000],
    ["CHF 1'234.50", '.', 123_450],
    ['-12,00', ',', -1200],
    ['0.005', '.', 1],
  ] as const)('%s with decimal %s is %i cents', (text, decimal, cents) => {
    expect(parseMoneyCents(text, decimal)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['1234.50', ','],
    ['12,34,5', '.'],
    ['abc', '.'],
    ['', '.'],
  ] as const)('refuses %s with decimal %s', (text, decimal) => {
    expect(parseMoneyCents(text, decimal).ok).toBe(false);
  });

  it('reads back any amount written in German or English format', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const value = cents / 100;
        const german = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(value);
        const english = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        expect(parseMoneyCents(german, ',')).toEqual({ ok: true, value: cents === 0 ? 0 : cents });
        expect(parseMoneyCents(english, '.')).toEqual({ ok: true, value: cents === 0 ? 0 : cents });
        expect(parseDecimal(english, '.').ok).toBe(true);
      }),
    );
  });
});

describe('plain numbers take a fast path with the same answers', () => {
  /** The full rule, as written before the fast path: grouped digits, then the decimal part. */
  const reference = (text: string, decimal: ',' | '.') => {
    const grouped =
      decimal === ','
        ? /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/
        : /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
    if (!grouped.test(text)) return null;
    return Number(decimal === ',' ? text.replaceAll('.', '').replace(',', '.') : text.replaceAll(',', ''));
  };

  it('agrees with the full rule on any short mix of digits, separators and signs', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[-0-9.,]{0,9}$/),
        fc.constantFrom(',' as const, '.' as const),
        (text, decimal) => {
          const parsed = parseDecimal(text, decimal);
          const expected = reference(text, decimal);
          expect(parsed.ok ? parsed.value : null).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a plain amount in cents as parseMoneyCents does, and leaves the rest to it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^-?[0-9]{0,16}([.,][0-9]{0,4})?$/),
          fc.stringMatching(/^[-0-9.,€ ]{0,9}$/),
        ),
        fc.constantFrom(',' as const, '.' as const),
        (text, decimal) => {
          const cents = readPlainMoneyCents(text, decimal);
          const full = parseMoneyCents(text, decimal);
          if (cents !== null) expect(full).toEqual({ ok: true, value: cents });
        },
      ),
      { numRuns: 3000 },
    );
    // Too many cents to hold exactly: the full rule says so, the fast path passes.
    expect(readPlainMoneyCents('999999999999999', '.')).toBeNull();
    expect(parseMoneyCents('999999999999999', '.')).toMatchObject({
      ok: false,
      problem: { code: 'amount_too_large', message: 'amount is too large' },
    });
  });
});

describe('dates', () => {
  it.each([
    ['2026-12-31', null, '2026-12-31'],
    ['2018-02-26 19:58:54', null, '2018-02-26'],
    ['31.12.2026', null, '2026-12-31'],
    ['1.2.26', null, '2026-02-01'],
    ['03/04/2026', 'dmy', '2026-04-03'],
    ['03/04/2026', 'mdy', '2026-03-04'],
    ['12/31/2026', 'mdy', '2026-12-31'],
  ] as const)('%s (%s) is %s', (text, order, iso) => {
    expect(parseDate(text, order)).toEqual({ ok: true, value: iso });
  });

  it('refuses impossible dates and slashed dates without an order', () => {
    expect(parseDate('2026-02-29', null).ok).toBe(false);
    expect(parseDate('31.04.2026', null).ok).toBe(false);
    expect(parseDate('03/04/2026', null)).toMatchObject({
      ok: false,
      problem: { code: 'date_order_unset', message: expect.stringMatching(/date order/) },
    });
  });

  it('accepts exactly the real calendar days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const german = `${d}.${m}.${y}`;
          const padded = `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
          expect(parseDate(german, null).ok).toBe(isIsoDate(iso));
          expect(parseDate(padded, null)).toEqual(parseDate(german, null));
          expect(parseDate(iso, null)).toEqual(
            isIsoDate(iso) ? { ok: true, value: iso } : parseDate(iso, null),
          );
          expect(parseDate(iso, null).ok).toBe(isIsoDate(iso));
          for (const text of [iso, padded, german]) {
            const fixed = parseFixedDate(text);
            if (fixed !== null) expect(parseDate(text, 'dmy')).toEqual({ ok: true, value: fixed });
          }
          expect(parseFixedDate(padded)).toBe(isIsoDate(iso) ? iso : null);
        },
      ),
    );
  });
});

describe('format detection', () => {
  it('tells day-first, month-first and ambiguous slashed dates apart', () => {
    expect(detectDateOrder(['13/04/2026', '01/02/2026'])).toEqual({ dateOrder: 'dmy', isAmbiguous: false });
    expect(detectDateOrder(['04/13/2026'])).toEqual({ dateOrder: 'mdy', isAmbiguous: false });
    expect(detectDateOrder(['03/04/2026', '05/06/2026'])).toEqual({ dateOrder: null, isAmbiguous: true });
    expect(detectDateOrder(['2026-01-01'])).toEqual({ dateOrder: null, isAmbiguous: false });
  });

  it('finds the decimal separator from unambiguous cells', () => {
    expect(detectDecimal(['1.234,56', '15.000', 'x'], ';')).toBe(',');
    expect(detectDecimal(['1,234.56', '0.5'], ',')).toBe('.');
    expect(detectDecimal(['1.000', '31.12.2026'], ';')).toBe(',');
  });

  it('finds the delimiter that keeps the column count', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3\n4;5,5;6\n', '\n')).toBe(';');
    expect(detectDelimiter('a,b\n"x;y",2\n', '\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n', '\n')).toBe('\t');
  });

  it('detects UTF-8, Windows-1252 and a UTF-8 file with a stray Latin-1 byte', () => {
    expect(detectEncoding(Buffer.from('Müller;Weiß\n', 'utf8'), false)).toBe('utf-8');
    expect(detectEncoding(Buffer.from('Müller;Weiß\n', 'latin1'), false)).toBe('windows-1252');
    const mixed = Buffer.concat([
      Buffer.from('Müller Weiß Groß\n', 'utf8'),
      Buffer.from('Schäfer\n', 'latin1'),
    ]);
    expect(detectEncoding(mixed, false)).toBe('utf-8');
  });

  it('reads yes and no in German and English', () => {
    expect(['ja', 'Yes', 'X', '1'].map((word) => parseBoolean(word))).toEqual(
      Array(4).fill({ ok: true, value: true }),
    );
    expect(parseBoolean('vielleicht').ok).toBe(false);
  });
});
