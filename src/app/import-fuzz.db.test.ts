/**
 * The importer fed generated and mutated files: it never crashes — every file ends in a report (summary) or in a
 * VALIDATION error naming what is wrong — and hostile text is stored verbatim, never interpreted.
 */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { createWorkspace, importFixture, runImport, writeTempFile } from '../../test/support/import.ts';
import { AppError } from '../core/errors.ts';

const SEED_FILE = readFileSync(importFixture('canonical-deals.csv'));

/** Byte-level mutations of a good file: flips, cuts, inserted quotes, separators and invalid UTF-8. */
const mutated = fc
  .array(
    fc.record({
      at: fc.nat(),
      op: fc.constantFrom('flip', 'cut', 'quote', 'separator', 'badUtf8', 'newline'),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((mutations) => {
    let bytes = Buffer.from(SEED_FILE);
    for (const { at, op } of mutations) {
      const i = at % Math.max(1, bytes.length);
      const insert = (extra: number[]) =>
        Buffer.concat([bytes.subarray(0, i), Buffer.from(extra), bytes.subarray(i)]);
      if (op === 'flip') bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      if (op === 'cut') bytes = bytes.subarray(0, i);
      if (op === 'quote') bytes = insert([0x22]);
      if (op === 'separator') bytes = insert([0x3b, 0x09]);
      if (op === 'badUtf8') bytes = insert([0xc3, 0x28, 0xff]);
      if (op === 'newline') bytes = insert([0x0d]);
    }
    return bytes;
  });

const generatedCsv = fc
  .array(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((rows) => Buffer.from(rows.map((row) => row.join(',')).join('\n')));

describeEachEngine('importer fuzzing', (get) => {
  it('answers every generated or mutated file with a report or a clear refusal', async () => {
    const workspaceId = await createWorkspace(get());
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, generatedCsv), async (bytes) => {
        counter += 1;
        const file = writeTempFile(`fuzz-${counter}.csv`, bytes);
        try {
          const summary = await runImport(get(), file, { workspaceId, skipInvalid: true });
          expect(summary).toBeTypeOf('object');
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('VALIDATION');
          expect((error as AppError).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 40, seed: 8 },
    );
  }, 240_000);

  it('stores hostile lost reasons verbatim', async () => {
    const workspaceId = await createWorkspace(get());
    const hostile = `<script>window.__xss=1</script> '; drop table deals; -- ../../etc/passwd`;
    const csv = readFileSync(importFixture('canonical-deals.csv'), 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    const columns = (header ?? '').split(',');
    const lostIndex = columns.indexOf('lost_reason');
    const outcomeIndex = columns.indexOf('outcome');
    const patched = rows.map((row) => {
      const cells = row.split(',');
      if (cells[outcomeIndex] === 'lost') cells[lostIndex] = `"${hostile.replaceAll('"', '""')}"`;
      return cells.join(',');
    });
    expect(patched.some((row) => row.includes('<script>'))).toBe(true);
    await runImport(get(), writeTempFile('hostile.csv', [header, ...patched].join('\n')), { workspaceId });
    const { rows: stored } = await get()
      .database.db.selectFrom('deals')
      .select('lost_reason')
      .where('workspace_id', '=', workspaceId)
      .where('lost_reason', 'is not', null)
      .execute()
      .then((result) => ({ rows: result }));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((row) => row.lost_reason === hostile)).toBe(true);
  }, 120_000);
});
