import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { createWorkspace, importFixture, runImport, writeTempFile } from '../../test/support/import.ts';
import { AppError } from '../core/errors.ts';
import { createStorage } from '../storage/storage.ts';

describeEachEngine('import errors', (get) => {
  async function expectFileRefused(file: string, message: RegExp) {
    const workspaceId = await createWorkspace(get());
    const error = await runImport(get(), file, { workspaceId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(message);
    expect(await createStorage(get().database).deals.count(workspaceId)).toBe(0);
    return error as AppError;
  }

  it('refuses a 0-byte file', async () => {
    await expectFileRefused(importFixture('empty.csv'), /empty/);
  });

  it('refuses binary garbage', async () => {
    await expectFileRefused(importFixture('garbage.bin'), /not a CSV or Excel file/);
  });

  it('names a missing required column and the columns it found', async () => {
    const error = await expectFileRefused(
      importFixture('missing-column.csv'),
      /columns: name, amount, stage/,
    );
    expect(error.details.map((detail) => detail.field)).toContain('external_id');
  });

  it('asks for the date order when dates like 03/04/2026 are ambiguous', async () => {
    const error = await expectFileRefused(importFixture('ambiguous-dates.csv'), /date order/);
    expect(error.details[0]?.field).toBe('dateOrder');
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('ambiguous-dates.csv'), {
      workspaceId,
      format: { dateOrder: 'dmy' },
    });
    expect(summary.status).toBe('done');
    const deals = await createStorage(get().database).deals.list(workspaceId);
    expect(deals.map((deal) => deal.createdOn).sort()).toEqual(['2026-04-03', '2026-06-05']);
  });

  it('rejects the whole file for bad rows, naming line, column, value and reason', async () => {
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('bad-date.csv'), { workspaceId });
    expect(summary).toMatchObject({ status: 'failed', rows: 3, inserted: 0, rejected: 2 });
    const dateProblem = {
      message: expect.stringMatching(/expected a date/),
      code: 'date_expected',
      params: { example: '31/12/2026' },
    };
    expect(summary.errors).toEqual([
      { line: 3, column: 'created_at', value: '2026-13-45', ...dateProblem },
      {
        line: 4,
        column: 'amount',
        value: 'abc',
        message: expect.stringMatching(/expected an amount/),
        code: 'amount_expected',
        params: { example: '1,234.56' },
      },
      { line: 4, column: 'created_at', value: 'yesterday', ...dateProblem },
    ]);
    expect(await createStorage(get().database).deals.count(workspaceId)).toBe(0);
  });

  it('imports the valid rows with skipInvalid', async () => {
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('bad-date.csv'), { workspaceId, skipInvalid: true });
    expect(summary).toMatchObject({ status: 'done', inserted: 1, rejected: 2 });
  });

  it('reports a duplicate id with the line it repeats', async () => {
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('duplicate-id.csv'), { workspaceId });
    expect(summary).toMatchObject({ status: 'failed', rejected: 1 });
    expect(summary.errors).toEqual([
      {
        line: 4,
        column: 'external_id',
        value: 'X-1',
        message: 'same id as line 2',
        code: 'duplicate_key',
        params: { kind: 'deals', firstLine: 2 },
      },
    ]);
    const skipped = await runImport(get(), importFixture('duplicate-id.csv'), {
      workspaceId,
      skipInvalid: true,
    });
    expect(skipped).toMatchObject({ status: 'done', inserted: 2, rejected: 1 });
    const first = (await createStorage(get().database).deals.list(workspaceId)).find(
      (d) => d.externalId === 'X-1',
    );
    expect(first?.name).toBe('First');
  });

  it('reports rows whose bytes do not fit the encoding instead of importing mojibake', async () => {
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('mixed-encoding.csv'), { workspaceId });
    expect(summary.format.encoding).toBe('utf-8');
    expect(summary).toMatchObject({ status: 'failed', rejected: 1 });
    expect(summary.errors[0]).toMatchObject({
      line: 5,
      message: expect.stringMatching(/not valid in the file encoding/),
    });
  });

  it('does not write anything in a dry run but reports what would change', async () => {
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('canonical-deals.csv'), {
      workspaceId,
      dryRun: true,
    });
    expect(summary).toMatchObject({ status: 'dry_run', inserted: 6 });
    const storage = createStorage(get().database);
    expect(await storage.deals.count(workspaceId)).toBe(0);
    expect((await storage.dimensions.list(workspaceId)).products).toEqual([]);
  });

  it('rejects values spilling past the last column', async () => {
    const workspaceId = await createWorkspace(get());
    const file = writeTempFile(
      'spill.csv',
      'external_id,name,stage\nS-1,Good,Proposal\nS-2,Bad, with comma,Proposal\n',
    );
    const summary = await runImport(get(), file, { workspaceId });
    expect(summary.errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/has 4 values/) }),
    ]);
  });
});
