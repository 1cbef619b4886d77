/**
 * Hostile text from an import never runs in the browser: a lost reason carrying a script tag and an inline
 * event handler is shown as text in the Data page's preview, and `window.__xss` stays undefined.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { importFixture, writeTempFile } from '../support/import.ts';
import { launchBrowser, saveScreenshot, VIEWPORTS } from './browser.ts';
import { signIn } from './sign-in.ts';

const HOSTILE = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Preis zu hoch`;

function hostileCsv(): string {
  const [header, ...rows] = readFileSync(importFixture('canonical-deals.csv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  const lost = columns.indexOf('lost_reason');
  const patched = rows.map((row) => {
    const cells = row.split(',');
    cells[lost] = `"${HOSTILE.replaceAll('"', '""')}"`;
    return cells.join(',');
  });
  return [header, ...patched].join('\n');
}

describe.skipIf(!isBrowserAvailable())('Hostile strings in the browser', () => {
  let db: TestDatabase;
  let testApp: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    testApp = await createTestApp(db);
    await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await testApp.app.close();
    await db.drop();
  });

  it('shows a scripted lost reason as text and never runs it', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
      await signIn(context, { testApp, baseUrl });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/data`);
      await page.locator('input[type=file]').setInputFiles(writeTempFile('hostile-deals.csv', hostileCsv()));
      await page.getByText(HOSTILE).first().waitFor();
      await saveScreenshot(page, 'xss-data-preview');
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(await page.locator('img[src=x]').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
