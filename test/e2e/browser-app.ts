/**
 * What every browser test stands on: the real app over a fresh SQLite database, listening on a loopback port,
 * and Chromium. `prepare` fills the database before the app listens; `close` undoes it all, also when a test
 * stopped halfway.
 */
import type { Browser } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { launchBrowser } from './browser.ts';

export interface BrowserApp {
  database: TestDatabase;
  testApp: TestApp;
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startBrowserApp(prepare?: (testApp: TestApp) => Promise<void>): Promise<BrowserApp> {
  const database = await createTestDatabase('sqlite');
  const testApp = await createTestApp(database);
  let browser: Browser | undefined;
  const close = async () => {
    try {
      await browser?.close();
    } finally {
      try {
        await testApp.app.close();
      } finally {
        await database.drop();
      }
    }
  };
  try {
    await prepare?.(testApp);
    const baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    return { database, testApp, baseUrl, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
