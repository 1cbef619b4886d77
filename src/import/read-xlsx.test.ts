import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTempFile } from '../../test/support/import.ts';
import { inspectFile } from './import-source.ts';
import { cellText, inspectXlsx, readXlsxBatches } from './read-xlsx.ts';
import { parseExcelSerial } from './values.ts';

async function workbookWith(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tabelle1');
  for (const row of rows) sheet.addRow(row);
  const path = writeTempFile('book.xlsx', '');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('XLSX cells as text', () => {
  it.each([
    [null, '.', ''],
    [1234.5, '.', '1234.5'],
    [1234.5, ',', '1234,5'],
    [true, '.', 'true'],
    [new Date('2026-12-31T00:00:00Z'), '.', '2026-12-31'],
    [new Date('2026-12-31T14:05:00Z'), '.', '2026-12-31T14:05:00'],
    [{ formula: 'A1*2', result: 84 }, '.', '84'],
    [{ richText: [{ text: 'Gro' }, { text: 'ß' }] }, '.', 'Groß'],
    [{ error: '#N/A' }, '.', '#N/A'],
    [{ text: 'Website', hyperlink: 'https://example.com' }, '.', 'Website'],
  ] as const)('%j with decimal %s is %j', (value, decimal, text) => {
    expect(cellText(value, decimal)).toBe(text);
  });

  it('reads Excel serial day numbers as dates', () => {
    expect(parseExcelSerial('46022')).toBe('2025-12-31');
    expect(parseExcelSerial('46022.75')).toBe('2025-12-31');
    expect(parseExcelSerial('1234')).toBeNull();
    expect(parseExcelSerial('2026-01-01')).toBeNull();
  });
});

describe('XLSX inspection', () => {
  it('detects a decimal comma from numbers typed as text and writes real numbers the same way', async () => {
    const path = await workbookWith([
      ['id', 'amount', 'typed'],
      ['A', 1234.5, '1.234,56'],
      ['B', 99, '0,5'],
    ]);
    const inspection = await inspectXlsx(path);
    expect(inspection.format).toMatchObject({ type: 'xlsx', decimal: ',' });
    expect(inspection.preview).toEqual([
      ['A', '1234,5', '1.234,56'],
      ['B', '99', '0,5'],
    ]);
  });

  it('asks for the date order when text dates are ambiguous', async () => {
    const path = await workbookWith([
      ['id', 'created'],
      ['A', '03/04/2026'],
    ]);
    expect((await inspectXlsx(path)).format).toMatchObject({ dateOrder: null, isDateOrderAmbiguous: true });
  });

  it('reads rows in batches with sheet row numbers, skipping empty rows', async () => {
    const rows = [['id', 'n'], ...Array.from({ length: 12_000 }, (_, index) => [`R-${index}`, index])];
    const path = await workbookWith(rows);
    const lines: number[] = [];
    let batches = 0;
    for await (const batch of readXlsxBatches(path, { decimal: '.' })) {
      batches += 1;
      lines.push(...batch.lines);
    }
    expect(batches).toBeGreaterThan(1);
    expect(lines).toHaveLength(12_001);
    expect(lines.at(-1)).toBe(12_001);
  });

  it('tells an old .xls workbook apart from garbage', async () => {
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    await expect(inspectFile(writeTempFile('old.xls', xls))).rejects.toThrow(/old Excel file \(\.xls\)/);
  });

  it('refuses an empty first sheet and a zip that is no workbook', async () => {
    await expect(inspectXlsx(await workbookWith([]))).rejects.toThrow(
      /first worksheet of the Excel file is empty/,
    );
    const notWorkbook = writeTempFile(
      'x.xlsx',
      Buffer.from('504b0506000000000000000000000000000000000000', 'hex'),
    );
    await expect(inspectXlsx(notWorkbook)).rejects.toThrow(/Excel file/);
  });
});
