/** Data page in Chromium: upload a CSV, see the detected format and preview, run the import, see the summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBrowserAvailable } from '../support/environment.ts';
import { importFixture } from '../support/import.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { signIn } from './sign-in.ts';

describe.skipIf(!isBrowserAvailable())('Data page', () => {
  let env: BrowserApp;
  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
    });
  });
  afterAll(() => env?.close());

  it('uploads a German CSV, shows format and preview, imports it and lists it', async () => {
    const { browser, testApp, baseUrl } = env;
    const desktop = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'de-DE' });
    await signIn(desktop, { testApp, baseUrl });
    const page = await desktop.newPage();
    await page.goto(`${baseUrl}/data`);
    await page.getByText('Noch keine Importe').waitFor();
    await page.locator('input[type=file]').setInputFiles(importFixture('salesforce-de-win1252.csv'));
    await page.getByText('Vorschau der ersten Zeilen').waitFor();
    expect(await page.getByText('windows-1252').count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Müller Maschinenbau GmbH' }).count()).toBe(1);
    // The mapping explains Tandem's fields in the page's language.
    await page.getByText('die CRM-ID des Deals').waitFor();
    expect(await page.getByText('the CRM id of the deal').count()).toBe(0);
    // Each field has a German name; the technical one (of mapping files and the Tandem format) is a small hint.
    await expect(page.locator('label[for="map-external_id"]').textContent()).resolves.toBe('Deal-ID Pflicht');
    await expect(page.getByLabel('Betrag', { exact: true }).inputValue()).resolves.toBe('Betrag');
    const lostReason = page.locator('.field', { has: page.getByLabel('Verlustgrund', { exact: true }) });
    await expect(lostReason.locator('.hint').textContent()).resolves.toBe(
      'warum der Deal verloren ging (wird einer Barriere zugeordnet) · lost_reason',
    );
    // No hint that only repeats the name.
    const region = page.locator('.field', { has: page.getByLabel('Region', { exact: true }) });
    await expect(region.locator('.hint').textContent()).resolves.toBe('region');
    // Stage outcomes in words too.
    await expect(page.locator('[id^="outcome-"] option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['automatisch', 'offen', 'gewonnen', 'verloren']),
    );
    await page.getByRole('button', { name: 'Probelauf' }).click();
    await page.getByText('Probelauf – nichts geschrieben').waitFor();
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByText('Importiert', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'salesforce-de-win1252.csv' }).first().waitFor();
    // Who imported it, by name (not an account id).
    const imported = page.getByRole('row', { name: /salesforce-de-win1252\.csv/ }).first();
    await expect(imported.locator('td').last().textContent()).resolves.toMatch(/^admin \d+$/);
    await saveScreenshot(page, 'data-import-desktop');
    // Problems in the page's language, in the table and in the error report it offers.
    await page.locator('input[type=file]').setInputFiles(importFixture('bad-date.csv'));
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByText('Nichts importiert').waitFor();
    const badDate = 'Kein gültiges Datum – erwartet z. B. 31.12.2026, 2026-12-31 oder 31/12/2026';
    expect(await page.getByRole('cell', { name: badDate }).count()).toBe(2);
    expect(await page.getByRole('cell', { name: /expected/ }).count()).toBe(0);
    const href = await page.getByText('Fehlerbericht herunterladen (CSV)').getAttribute('href');
    const report = await desktop.request.get(`${baseUrl}${href}`);
    expect(await report.text()).toContain(`3;created_at;2026-13-45;${badDate}`);
    await saveScreenshot(page, 'data-import-problems-de-desktop');
    // A file refused as a whole says why, and which field is missing, in German too.
    await page.locator('input[type=file]').setInputFiles(importFixture('missing-column.csv'));
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByText('Die Datei passt nicht zum Import „Verkaufschancen“', { exact: false }).waitFor();
    // The missing field by its German name, its key beside it.
    await page.getByText('Deal-ID (external_id) – ist Pflicht, aber keiner Spalte zugeordnet').waitFor();
    await saveScreenshot(page, 'data-import-refused-de-desktop');

    const phoneContext = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    await signIn(phoneContext, { testApp, baseUrl });
    const phone = await phoneContext.newPage();
    await phone.goto(`${baseUrl}/data`);
    await phone.locator('input[type=file]').setInputFiles(importFixture('bad-date.csv'));
    await phone.getByRole('button', { name: 'Import', exact: true }).click();
    await phone.getByText('Nothing imported').waitFor();
    await phone.getByText('Download error report (CSV)').waitFor();
    expect(await phone.getByRole('cell', { name: /^expected a date like/ }).count()).toBe(2);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await saveScreenshot(phone, 'data-import-phone');
  });

  it('uploads an Excel workbook, shows it as a workbook with its first sheet and imports it', async () => {
    const { browser, testApp, baseUrl } = env;
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    await signIn(context, { testApp, baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/data`);
    await page.locator('input[type=file]').setInputFiles(importFixture('deals.xlsx'));
    await page.getByText('Excel workbook: first sheet').waitFor();
    expect(await page.getByText('Encoding').count()).toBe(0);
    expect(await page.getByRole('cell', { name: 'Müller GmbH' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: '2026-01-05' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'deals.xlsx' }).first().waitFor();
    await saveScreenshot(page, 'data-import-xlsx-desktop');
  });
});
