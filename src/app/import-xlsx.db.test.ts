import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../../test/support/databases.ts';
import { importFixture, runImport, writeTempFile } from '../../test/support/import.ts';
import { createStorage } from '../storage/storage.ts';

async function writeWorkbook(name: string, rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deals');
  for (const row of rows) sheet.addRow(row);
  const path = writeTempFile(name, '');
  await workbook.xlsx.writeFile(path);
  return path;
}

describeEachEngine('import an Excel workbook', (_get, engine) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('imports the first sheet with date cells, a bare serial, formulas, rich text and umlauts', async () => {
    const summary = await runImport(db, importFixture('deals.xlsx'));
    expect(summary).toMatchObject({ status: 'done', rows: 4, inserted: 4, rejected: 0 });
    expect(summary.format).toMatchObject({ type: 'xlsx', decimal: '.', isDateOrderAmbiguous: false });
    const storage = createStorage(db.database);
    const byId = new Map((await storage.deals.list(1)).map((deal) => [deal.externalId, deal]));
    expect([...byId.keys()].sort()).toEqual(['X-1', 'X-2', 'X-3', 'X-4']);
    expect(byId.get('X-1')).toMatchObject({
      account: 'Müller GmbH',
      amountCents: 1_200_050,
      createdOn: '2026-01-05',
      expectedCloseOn: '2026-03-31',
      outcome: 'open',
      isRenewal: false,
    });
    expect(byId.get('X-2')).toMatchObject({
      name: 'Flottensensoren',
      amountCents: 4_800_000,
      outcome: 'won',
      closedOn: '2026-02-10',
    });
    expect(byId.get('X-3')).toMatchObject({ outcome: 'lost', lostBarrier: 'price_perceived_high' });
    expect(byId.get('X-4')).toMatchObject({ expectedCloseOn: '2026-04-30', isRenewal: true });
    const dimensions = await storage.dimensions.list(1);
    expect(dimensions.owners.map((owner) => owner.name).sort()).toEqual(['Ben Kurz', 'Jürgen Groß']);
    expect(dimensions.regions.map((region) => region.name).sort()).toEqual(['Nord', 'Süd']);
  });

  it('is idempotent: the same workbook twice changes nothing', async () => {
    await runImport(db, importFixture('deals.xlsx'));
    const storage = createStorage(db.database);
    const before = await storage.deals.list(1);
    const again = await runImport(db, importFixture('deals.xlsx'), { asOf: '2026-03-08' });
    expect(again).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 4 });
    expect(await storage.deals.list(1)).toEqual(before);
  });

  it('reports a bad cell with its sheet row number and stores nothing', async () => {
    const path = await writeWorkbook('bad.xlsx', [
      ['external_id', 'name', 'stage', 'amount', 'created_at'],
      ['B-1', 'Good', 'Proposal', 1000, new Date('2026-01-05T00:00:00Z')],
      [],
      ['B-2', 'Bad date', 'Proposal', 2000, '31.02.2026'],
      ['B-3', 'Bad amount', 'Proposal', '#N/A', new Date('2026-01-07T00:00:00Z')],
    ]);
    const summary = await runImport(db, path);
    expect(summary).toMatchObject({ status: 'failed', rows: 3, inserted: 0, rejected: 2 });
    expect(summary.errors).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'created_at',
        value: '31.02.2026',
        message: expect.stringContaining('date'),
        code: 'date_expected',
      }),
      expect.objectContaining({
        line: 5,
        column: 'amount',
        value: '#N/A',
        message: expect.stringContaining('amount'),
        code: 'amount_expected',
      }),
    ]);
    expect(await createStorage(db.database).deals.list(1)).toEqual([]);
  });

  it('refuses a truncated workbook with a clear message and stores nothing', async () => {
    const bytes = readFileSync(importFixture('deals.xlsx'));
    const path = writeTempFile('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(runImport(db, path)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/Excel file cannot be read: it is damaged/),
    });
    const storage = createStorage(db.database);
    expect(await storage.deals.list(1)).toEqual([]);
    expect(await storage.imports.list(1)).toEqual([]);
  });
});
