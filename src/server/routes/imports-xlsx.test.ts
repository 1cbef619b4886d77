import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { importFixture } from '../../../test/support/import.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import { importResultSchema, inspectionSchema } from '../../contract/imports.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function multipart(fileName: string, content: Buffer) {
  const boundary = '----tandemxlsx';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${XLSX_TYPE}\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

describeEachEngine('imports API with Excel workbooks', (get) => {
  let testApp: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    testApp = await createTestApp(get());
    await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
    auth = await authHeaders(testApp, 'admin');
  });
  const inject = (options: InjectOptions) =>
    testApp.app.inject({ ...options, headers: { ...auth, ...(options.headers ?? {}) } });
  afterAll(async () => {
    await testApp.app.close();
  });

  it('uploads an .xlsx, previews its first sheet and imports it', async () => {
    const upload = await inject({
      method: 'POST',
      url: '/api/imports/uploads?kind=deals',
      ...multipart('deals.xlsx', readFileSync(importFixture('deals.xlsx'))),
    });
    expect(upload.statusCode).toBe(201);
    const inspection = inspectionSchema.parse(upload.json());
    expect(inspection.format).toMatchObject({ type: 'xlsx', decimal: '.', isDateOrderAmbiguous: false });
    expect(inspection.preview[0]?.slice(0, 3)).toEqual(['X-1', 'Sensor-Upgrade', 'Müller GmbH']);
    expect(inspection.mapping.fields.created_at).toBe('created_at');
    const run = await inject({
      method: 'POST',
      url: '/api/imports',
      payload: { uploadId: inspection.uploadId, kind: 'deals', asOf: '2026-03-01' },
    });
    expect(importResultSchema.parse(run.json())).toMatchObject({ status: 'done', rows: 4, inserted: 4 });
  });

  it('answers a truncated workbook with a clear 400', async () => {
    const bytes = readFileSync(importFixture('deals.xlsx'));
    const response = await inject({
      method: 'POST',
      url: '/api/imports/uploads?kind=deals',
      ...multipart('cut.xlsx', bytes.subarray(0, 3000)),
    });
    expect(response.statusCode).toBe(400);
    const body = errorBodySchema.parse(response.json());
    expect(body.error.message).toMatch(/Excel file cannot be read/);
    expect(response.body).not.toMatch(/\n\s+at /);
  });
});
