/**
 * Notifications in Chromium against the real built app: the bell counts and opens the latest, a click goes
 * where the notification points and marks it read; the inbox and the preferences work on a 375 px phone in
 * English; an admin adds a webhook and sends a test that a local receiver gets. Screenshots in test-results/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/app/notify.ts';
import type { Role } from '../../src/core/types.ts';
import { createSessionCaller } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { startTestWebhookReceiver, type TestWebhookReceiver } from '../support/webhook-receiver.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { addSessionCookies } from './sign-in.ts';

const hasBrowser = isBrowserAvailable();

describe.skipIf(!hasBrowser)('notifications in the browser', { timeout: 120_000 }, () => {
  let env: BrowserApp | undefined;
  let testApp: TestApp;
  let browser: Browser;
  let receiver: TestWebhookReceiver;
  let baseUrl: string;
  let workspaceId: number;
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      workspaceId = (await testApp.ctx.storage.workspaces.create({ name: 'Demo GmbH', slug: 'demo' })).id;
      receiver = await startTestWebhookReceiver();
    });
    ({ testApp, baseUrl, browser } = env);
  });
  afterAll(async () => {
    await receiver?.stop();
    await env?.close();
  });

  /** A person of `role` with three notifications, signed in on a fresh page. */
  async function openAs(role: Role, viewport: keyof typeof VIEWPORTS, language: 'de' | 'en'): Promise<Page> {
    const { user, headers } = await createSessionCaller(testApp, role, { workspaceId });
    // Notifications are written in the person's language, so the person speaks the page's language.
    await testApp.ctx.storage.users.update(workspaceId, user.id, { locale: language });
    const events = [
      {
        kind: 'request_assigned',
        params: { request: 'Sensorik Automotive', requestedBy: 'Jan Vogt', dueOn: '2026-12-11' },
      },
      {
        kind: 'questions_received',
        params: { questionSet: 'Preise Q4', from: 'Mara', deadlineOn: '2026-12-04', questionCount: 5 },
      },
      { kind: 'diagnosis_ready', params: { request: 'Sensorik Automotive', verdict: 'campaign' } },
    ] as const;
    for (const [index, event] of events.entries()) {
      await notify(testApp.ctx.storage, {
        workspaceId,
        ...event,
        recipients: [user.id],
        link: '/requests',
        dedupeKey: `e2e:${user.id}:${index}`,
        now: new Date(Date.UTC(2026, 10, 30, 8 + index)),
      });
    }
    const context: BrowserContext = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      locale: language,
    });
    await context.addInitScript((lng) => localStorage.setItem('tandem.language', lng), language);
    await addSessionCookies(context, headers, baseUrl);
    const page = await context.newPage();
    page.on(
      'console',
      (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`),
    );
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    return page;
  }

  it('shows the unread count on the bell; a click opens the notification and marks it read', async () => {
    const page = await openAs('marketing', 'desktop', 'de');
    await page.goto(`${baseUrl}/`);
    const bell = page.getByRole('button', { name: 'Benachrichtigungen, 3 ungelesen' });
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Benachrichtigungen' });
    await expect(panel.locator('.notification-title').allTextContents()).resolves.toEqual([
      'ungelesen: Diagnose fertig: Sensorik Automotive',
      'ungelesen: Fragen von Marketing: Preise Q4',
      'ungelesen: Neue Anfrage an Sie: Sensorik Automotive',
    ]);
    await saveScreenshot(page, 'notifications-bell-desktop-de');
    await panel.getByRole('button', { name: /Diagnose fertig/ }).click();
    await page.waitForURL(/\/requests$/);
    await page.getByRole('button', { name: 'Benachrichtigungen, 2 ungelesen' }).waitFor();
    await page.context().close();
  });

  it('reads the inbox and sets preferences on a phone, in English', async () => {
    const page = await openAs('sales_rep', 'phone', 'en');
    await page.goto(`${baseUrl}/notifications`);
    await page.getByText('Questions from marketing: Preise Q4').waitFor();
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('button', { name: 'Unread', exact: true }).click();
    await page.getByText('All read').waitFor();
    await saveScreenshot(page, 'notifications-inbox-phone-en');

    await page.getByRole('link', { name: 'Settings' }).click();
    const reminderEmail = page.getByRole('checkbox', { name: 'Reminder before a deadline: E-mail' });
    await expect(reminderEmail.isChecked()).resolves.toBe(true);
    await reminderEmail.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await saveScreenshot(page, 'notifications-preferences-phone-en');
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: 'Reminder before a deadline: E-mail' }).isChecked(),
    ).resolves.toBe(false);
    await page.context().close();
  });

  it('lets an admin add a webhook and send a test that arrives', async () => {
    const page = await openAs('admin', 'desktop', 'de');
    await page.goto(`${baseUrl}/admin/webhooks`);
    await page.getByLabel('Name').fill('Integration');
    await page.getByLabel('Format').selectOption('json');
    await page.getByLabel('Adresse').fill(`${receiver.url}/hooks/secret-path`);
    await page.getByRole('button', { name: 'Webhook hinzufügen' }).click();
    await page.getByRole('cell', { name: /Integration/ }).waitFor();
    await page.getByRole('button', { name: 'Test senden' }).click();
    await page.getByText('Testnachricht zugestellt.').waitFor();
    expect(receiver.received.map((r) => (r.body as { event: string }).event)).toEqual(['test']);
    await saveScreenshot(page, 'notifications-webhooks-desktop-de');
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
