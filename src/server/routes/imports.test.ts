import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { importFixture } from '../../../test/support/import.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import { importHistorySchema, importResultSchema, inspectionSchema } from '../../contract/imports.ts';

function multipart(fileName: string, content: Buffer) {
  const boundary = '----tandemtest';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

describeEachEngine('imports API', (get) => {
  let testApp: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    testApp = await createTestApp(get(), { UPLOAD_LIMIT_BYTES: '4096' });
    await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
    auth = await authHeaders(testApp, 'admin');
  });
  /** Every request as a logged-in admin (session cookie and CSRF header). */
  const inject = (options: InjectOptions) =>
    testApp.app.inject({ ...options, headers: { ...auth, ...(options.headers ?? {}) } });
  afterAll(async () => {
    await testApp.app.close();
  });

  async function upload(file: string) {
    const response = await inject({
      method: 'POST',
      url: '/api/imports/uploads?kind=deals',
      ...multipart(file, readFileSync(importFixture(file))),
    });
    expect(response.statusCode).toBe(201);
    return inspectionSchema.parse(response.json());
  }

  it('uploads a German Excel CSV and shows format, headers, preview and a suggested mapping', async () => {
    const inspection = await upload('salesforce-de-win1252.csv');
    expect(inspection.format).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimal: ',',
      dateOrder: null,
    });
    expect(inspection.preset).toBe('salesforce');
    expect(inspection.headers).toContain('Opportunity-Währung');
    expect(inspection.preview[0]?.[2]).toBe('Müller Maschinenbau GmbH');
    expect(inspection.mapping.fields.amount).toBe('Betrag');
  });

  it('runs a dry run, then the import, and lists both in the history', async () => {
    const { uploadId } = await upload('canonical-deals.csv');
    const dry = await inject({
      method: 'POST',
      url: '/api/imports',
      payload: { uploadId, kind: 'deals', dryRun: true },
    });
    expect(importResultSchema.parse(dry.json())).toMatchObject({ status: 'dry_run', inserted: 6 });
    const real = await inject({
      method: 'POST',
      url: '/api/imports',
      headers: { accept: 'application/x-ndjson' },
      payload: { uploadId, kind: 'deals', asOf: '2026-03-01' },
    });
    const events = real.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.some((event) => event.type === 'progress')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'result', result: { status: 'done', inserted: 6 } });
    const history = importHistorySchema.parse((await inject({ method: 'GET', url: '/api/imports' })).json());
    expect(history.imports.slice(0, 2).map((entry) => entry.status)).toEqual(['done', 'dry_run']);
    expect(history.imports[0]).toMatchObject({ fileName: 'canonical-deals.csv', rows: 6, inserted: 6 });
  });

  it('offers the error report of a failed import as CSV, in the language of the person downloading it', async () => {
    const { uploadId } = await upload('bad-date.csv');
    const response = await inject({
      method: 'POST',
      url: '/api/imports',
      payload: { uploadId, kind: 'deals' },
    });
    const result = importResultSchema.parse(response.json());
    expect(result).toMatchObject({ status: 'failed', rejected: 2 });
    expect(result.errors[0]).toEqual({
      line: 3,
      column: 'created_at',
      value: '2026-13-45',
      message: 'expected a date like 2026-12-31, 31.12.2026 or 31/12/2026',
      code: 'date_expected',
      params: { example: '31/12/2026' },
    });
    const download = (query: string) =>
      inject({ method: 'GET', url: `/api/imports/${result.importId}/errors.csv${query}` });
    const english = await download('?locale=en');
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toContain('text/csv');
    expect(english.body).toContain('line,column,value,message');
    expect(english.body).toContain(
      '3,created_at,2026-13-45,"expected a date like 2026-12-31, 31.12.2026 or 31/12/2026"',
    );
    // The admin's stored locale is German (the default); German Excel splits on `;`.
    for (const german of [await download('?locale=de'), await download('')]) {
      expect(german.body).toContain('Zeile;Spalte;Wert;Problem');
      expect(german.body).toContain(
        '3;created_at;2026-13-45;Kein gültiges Datum – erwartet z. B. 31.12.2026, 2026-12-31 oder 31/12/2026',
      );
      expect(german.body).toContain('4;amount;abc;Kein Betrag – erwartet z. B. 1,234.56');
      expect(german.body).not.toContain('expected');
    }
  });

  it('answers a bad file with a clear 400, never a 500', async () => {
    for (const file of ['garbage.bin', 'empty.csv']) {
      const response = await inject({
        method: 'POST',
        url: '/api/imports/uploads',
        ...multipart(file, readFileSync(importFixture(file))),
      });
      expect(response.statusCode).toBe(400);
      expect(errorBodySchema.parse(response.json()).error.code).toBe('VALIDATION');
      expect(response.body).not.toMatch(/\n\s+at /);
    }
    const { uploadId } = await upload('missing-column.csv');
    const response = await inject({
      method: 'POST',
      url: '/api/imports',
      payload: { uploadId, kind: 'deals' },
    });
    expect(response.statusCode).toBe(400);
    const gone = await inject({ method: 'GET', url: `/api/imports/uploads/${crypto.randomUUID()}` });
    expect(gone.statusCode).toBe(404);
    expect(errorBodySchema.parse(gone.json()).error.problem).toEqual({ code: 'upload_gone', params: {} });
    const refused = errorBodySchema.parse(response.json()).error;
    expect(refused.message).toMatch(/does not fit the deals import/);
    expect(refused.problem).toMatchObject({ code: 'file_does_not_fit', params: { kind: 'deals' } });
    expect(refused.details).toContainEqual(
      expect.objectContaining({ field: 'external_id', code: 'column_required' }),
    );
  });

  it('refuses an upload over the limit with 413 and says the limit', async () => {
    const big = Buffer.alloc(10_000, 'a');
    const response = await inject({
      method: 'POST',
      url: '/api/imports/uploads',
      ...multipart('big.csv', big),
    });
    expect(response.statusCode).toBe(413);
    expect(errorBodySchema.parse(response.json()).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/upload limit/),
    });
  });

  it('saves a mapping and lists it', async () => {
    const mapping = { fields: { external_id: 'ID', stage: 'Phase' }, values: {}, defaults: {}, joins: [] };
    const saved = await inject({
      method: 'PUT',
      url: '/api/imports/mappings',
      payload: { name: 'Mein CRM', kind: 'deals', mapping },
    });
    expect(saved.statusCode).toBe(200);
    const list = await inject({ method: 'GET', url: '/api/imports/mappings' });
    expect(list.json().mappings).toEqual([{ name: 'Mein CRM', kind: 'deals', mapping }]);
  });
});
