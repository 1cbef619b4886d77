import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import {
  alertDetailSchema,
  alertListSchema,
  forecastListSchema,
  scanResultSchema,
} from '../../contract/alerts.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import type { AlertCandidate } from '../../core/alerts.ts';
import type { Role } from '../../core/types.ts';

function makeCandidate(overrides: Partial<AlertCandidate>): AlertCandidate {
  return {
    kind: 'indicator_shift',
    dedupeKey: 'indicator_shift||new_opportunities#2026-11-01',
    scope: {},
    indicator: 'new_opportunities',
    severity: 'medium',
    aidaStage: 'interest',
    firstDetectedOn: '2026-11-01',
    changeStartOn: '2026-10-12',
    changePct: -20,
    forecast: null,
    drivers: [{ kind: 'reason_shift', label: 'Seen as too expensive', contribution: 0.2 }],
    explanation: {
      waterfall: null,
      reasonShifts: [],
      suggestedQuestions: ['awareness_low.unknown_before_contact'],
      series: [
        { weekStart: '2026-10-19', observed: 8, expected: 12, lower: 9, upper: 15 },
        { weekStart: '2026-10-26', observed: 7, expected: 12, lower: 9, upper: 15 },
      ],
      relatedIndicators: [],
    },
    ...overrides,
  };
}

describeEachEngine('alerts API', (get) => {
  let t: TestApp;
  let workspaceId: number;
  let ids: number[];
  const headers = new Map<string, Record<string, string>>();
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers.get(who) ?? {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(get());
    workspaceId = await ensureWorkspace(t);
    for (const role of ['admin', 'sales_manager', 'sales_rep', 'marketing', 'viewer'] satisfies Role[]) {
      headers.set(role, (await createSessionCaller(t, role)).headers);
    }
    const product = await t.ctx.storage.dimensions.ensure(workspaceId, 'product', 'OptiScan');
    const written = await t.ctx.storage.alerts.upsertFromScan(workspaceId, '2026-11-22', [
      makeCandidate({}),
      makeCandidate({
        dedupeKey: `indicator_shift|product=${product}|win_rate#2026-11-08`,
        scope: { product },
        indicator: 'win_rate',
        severity: 'high',
        changePct: -31,
      }),
      makeCandidate({
        dedupeKey: 'indicator_shift||new_leads#2026-11-15',
        indicator: 'new_leads',
        severity: 'low',
      }),
    ]);
    ids = written.created;
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('lists alerts most severe first, with scope names and weeks left, to every role', async () => {
    for (const role of ['viewer', 'sales_rep', 'marketing']) {
      const response = await call(role, 'GET', '/api/alerts');
      expect(response.statusCode).toBe(200);
      const list = alertListSchema.parse(response.json());
      expect(list.items.map((item) => item.severity)).toEqual(['high', 'medium', 'low']);
      expect(list.items[0]?.scope).toEqual({ product: 'OptiScan' });
      expect(list.items[0]?.scopeLabel).toBe('OptiScan');
      // 2026-11-22 to the end of 2026-Q4 (no forecast: the current quarter) is 39 days.
      expect(list.items[0]?.weeksLeft).toBe(5);
    }
    const high = alertListSchema.parse((await call('viewer', 'GET', '/api/alerts?severity=high')).json());
    expect(high.items).toHaveLength(1);
    const bad = await call('viewer', 'GET', '/api/alerts?severity=urgent');
    expect(bad.statusCode).toBe(400);
    expect(errorBodySchema.parse(bad.json()).error.code).toBe('VALIDATION');
  });

  it('says while a scan is running, so the cockpit can wait for its alerts', async () => {
    const list = async () => alertListSchema.parse((await call('viewer', 'GET', '/api/alerts')).json());
    await expect(list()).resolves.toMatchObject({ isScanRunning: false });
    const run = await t.ctx.storage.scans.start(workspaceId, '2026-11-22', 'first_start');
    await expect(list()).resolves.toMatchObject({ isScanRunning: true });
    await t.ctx.storage.scans.finish(run, 'done', {});
    await expect(list()).resolves.toMatchObject({ isScanRunning: false, lastScanAsOf: '2026-11-22' });
  });

  it('shows one alert with its chart, alarm week and question texts; an unknown id is 404', async () => {
    const response = await call('viewer', 'GET', `/api/alerts/${ids[0]}`);
    expect(response.statusCode).toBe(200);
    const detail = alertDetailSchema.parse(response.json());
    expect(detail.explanation.series).toHaveLength(2);
    expect(detail.explanation.alarmWeek).toBe('2026-10-26');
    for (const question of detail.explanation.suggestedQuestions) expect(question.text.de).not.toBe('');
    const missing = await call('viewer', 'GET', '/api/alerts/999999');
    expect(missing.statusCode).toBe(404);
    expect((await call('sales_manager', 'POST', '/api/alerts/999999/acknowledge')).statusCode).toBe(404);
  });

  it('lets only admins and sales managers acknowledge and dismiss, with the reason audited', async () => {
    for (const role of ['sales_rep', 'viewer', 'marketing']) {
      expect((await call(role, 'POST', `/api/alerts/${ids[0]}/acknowledge`)).statusCode).toBe(403);
      const dismiss = await call(role, 'POST', `/api/alerts/${ids[0]}/dismiss`, { reason: 'known issue' });
      expect(dismiss.statusCode).toBe(403);
    }
    const ack = await call('sales_manager', 'POST', `/api/alerts/${ids[0]}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect(alertDetailSchema.parse(ack.json()).status).toBe('acknowledged');

    const noReason = await call('admin', 'POST', `/api/alerts/${ids[1]}/dismiss`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('reason');
    const dismissed = await call('admin', 'POST', `/api/alerts/${ids[1]}/dismiss`, {
      reason: 'Price list changed',
    });
    expect(alertDetailSchema.parse(dismissed.json())).toMatchObject({
      status: 'dismissed',
      statusReason: 'Price list changed',
    });
    const list = alertListSchema.parse((await call('viewer', 'GET', '/api/alerts')).json());
    expect(list.items.map((item) => item.id)).not.toContain(ids[1]);
    const onlyDismissed = alertListSchema.parse(
      (await call('viewer', 'GET', '/api/alerts?status=dismissed')).json(),
    );
    expect(onlyDismissed.items.map((item) => item.id)).toEqual([ids[1]]);

    const audit = await t.ctx.storage.audit.list(workspaceId, { entity: 'alert' });
    const actions = audit.map((entry) => `${entry.action}:${entry.entityId}`);
    expect(actions).toContain(`acknowledge:${ids[0]}`);
    expect(actions).toContain(`dismiss:${ids[1]}`);
    expect(JSON.stringify(audit)).toContain('Price list changed');
  });

  it('keeps a later scan of the same episode from reopening a dismissed alert', async () => {
    const dismissedKey = (await t.ctx.storage.alerts.get(workspaceId, ids[1]!)).dedupeKey;
    await t.ctx.storage.alerts.upsertFromScan(workspaceId, '2026-11-29', [
      makeCandidate({ dedupeKey: dismissedKey, indicator: 'win_rate', severity: 'high', changePct: -35 }),
    ]);
    const alert = await t.ctx.storage.alerts.get(workspaceId, ids[1]!);
    expect(alert).toMatchObject({ status: 'dismissed', changePct: -35, firstDetectedOn: '2026-11-01' });
  });

  it('runs a scan for managers only, and forecasts for everyone (empty without data)', async () => {
    expect((await call('sales_rep', 'POST', '/api/scans', {})).statusCode).toBe(403);
    expect((await call('viewer', 'POST', '/api/scans', {})).statusCode).toBe(403);
    const scan = await call('sales_manager', 'POST', '/api/scans', { asOf: '2026-11-29' });
    expect(scan.statusCode).toBe(200);
    expect(scanResultSchema.parse(scan.json())).toMatchObject({ asOf: '2026-11-29', scopes: 0, created: 0 });
    const list = alertListSchema.parse((await call('viewer', 'GET', '/api/alerts')).json());
    expect(list.lastScanAsOf).toBe('2026-11-29');
    const forecasts = await call('viewer', 'GET', '/api/forecasts?period=2026-Q4');
    expect(forecasts.statusCode).toBe(200);
    expect(forecastListSchema.parse(forecasts.json()).items).toEqual([]);
    const badPeriod = await call('viewer', 'GET', '/api/forecasts?period=Q4');
    expect(badPeriod.statusCode).toBe(400);
  });
});
