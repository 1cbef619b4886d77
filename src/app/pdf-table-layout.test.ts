import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from './pdf-table-layout.ts';

const total = (widths: number[]) => widths.reduce((sum, width) => sum + width, 0);

describe('fitColumnWidths', () => {
  it('keeps columns that fit on one line snug and gives the spare room to the widest', () => {
    // KPI table: name, baseline, target.
    const widths = fitColumnWidths({ natural: [150, 50, 50], minimum: [70, 40, 40], available: 480 });
    expect(widths).toEqual([380, 50, 50]);
  });

  it('wraps the long text column, not the short ones, when the table is wider than the page', () => {
    // Barrier table: barrier, share, stage, addressed, evidence quote (long).
    const widths = fitColumnWidths({
      natural: [160, 40, 60, 60, 420],
      minimum: [90, 40, 60, 60, 80],
      available: 480,
    });
    expect(widths.slice(1, 4)).toEqual([40, 60, 60]);
    expect(widths[4]).toBeGreaterThan(widths[0]!);
    expect(widths[0]).toBeGreaterThanOrEqual(90);
    expect(total(widths)).toBeCloseTo(480, 6);
  });

  it('shrinks all columns alike when not even the longest words fit', () => {
    const widths = fitColumnWidths({ natural: [300, 300], minimum: [300, 200], available: 250 });
    expect(widths[0]).toBeCloseTo(150, 6);
    expect(widths[1]).toBeCloseTo(100, 6);
  });

  it('always fills the text column and never gives a column more than it needs unless all fit', () => {
    const column = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }));
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 100, max: 600 }),
        (cols, available) => {
          const natural = cols.map(([a, b]) => Math.max(a, b));
          const minimum = cols.map(([a, b]) => Math.min(a, b));
          const widths = fitColumnWidths({ natural, minimum, available });
          expect(total(widths)).toBeCloseTo(available, 6);
          if (total(natural) <= available) return;
          for (const [index, width] of widths.entries())
            expect(width).toBeLessThanOrEqual(natural[index]! + 1e-9);
        },
      ),
    );
  });
});
