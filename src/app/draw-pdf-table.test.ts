import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawTable, parseMarkdownTable } from './draw-pdf-table.ts';

const unbold = (text: string) => text.replace(/\*\*/g, '').replace(/\\\|/g, '|');

describe('parseMarkdownTable', () => {
  it('reads header, alignment and rows, keeping escaped pipes inside a cell and padding short rows', () => {
    const table = parseMarkdownTable(
      [
        '| Barrier | Share | Evidence |',
        '| --- | ---: | :---: |',
        '| **Price** | 61 % | “cheaper \\| faster” |',
        '| Fit | 8 % |',
      ],
      unbold,
    );
    expect(table).toEqual({
      header: ['Barrier', 'Share', 'Evidence'],
      align: ['left', 'right', 'center'],
      rows: [
        ['Price', '61 %', '“cheaper | faster”'],
        ['Fit', '8 %', ''],
      ],
    });
  });
});

describe('drawTable', () => {
  it('breaks a long table between rows, repeats its header, and never draws below the bottom margin', () => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const texts: { text: string; y: number; page: number }[] = [];
    let page = 1;
    doc.on('pageAdded', () => {
      page += 1;
    });
    const text = doc.text.bind(doc);
    // Where each text ends: doc.y after the call is below its last line.
    doc.text = ((value: string, ...rest: unknown[]) => {
      const result = (text as (...args: unknown[]) => PDFKit.PDFDocument)(value, ...rest);
      texts.push({ text: String(value), y: doc.y, page });
      return result;
    }) as typeof doc.text;
    const quote = 'The competitor is cheaper and delivers faster. '.repeat(3);
    const rows = Array.from({ length: 40 }, (_, i) => `| Barrier ${i} | ${i} % | ${quote} |`);
    drawTable(
      doc,
      parseMarkdownTable(['| Barrier | Share | Evidence |', '| --- | ---: | --- |', ...rows], unbold),
    );
    const bottom = doc.page.height - doc.page.margins.bottom;
    expect(page).toBeGreaterThan(1);
    expect(Math.max(...texts.map((entry) => entry.y))).toBeLessThan(bottom);
    const headerPages = texts.filter((entry) => entry.text === 'Evidence').map((entry) => entry.page);
    expect(headerPages).toEqual(Array.from({ length: page }, (_, index) => index + 1));
    doc.end();
  });
});
