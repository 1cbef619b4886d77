import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases.ts';
import type { AlertCandidate } from '../../core/alerts.ts';
import type { Storage } from '../port.ts';
import { createStorage } from '../storage.ts';

function candidate(overrides: Partial<AlertCandidate> = {}): AlertCandidate {
  return {
    kind: 'indicator_shift',
    dedupeKey: 'indicator_shift:product=1;segment=2:new_opportunities',
    scope: { product: 1, segment: 2 },
    indicator: 'new_opportunities',
    severity: 'medium',
    aidaStage: 'interest',
    firstDetectedOn: '2026-11-16',
    changeStartOn: '2026-10-12',
    changePct: -31.5,
    forecast: null,
    drivers: [
      {
        kind: 'reason_shift',
        label: 'Preis',
        contribution: 0.4,
        detail: { barrier: 'price_perceived_high' },
      },
    ],
    explanation: {
      waterfall: null,
      reasonShifts: [],
      suggestedQuestions: ['price_perceived_high.how_often'],
      series: [],
      relatedIndicators: [],
    },
    ...overrides,
  };
}

describeEachEngine('alert storage', (get) => {
  let storage: Storage;
  let workspaceId: number;
  let otherWorkspaceId: number;

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'A', slug: 'a' })).id;
    otherWorkspaceId = (await storage.workspaces.create({ name: 'B', slug: 'b' })).id;
  });

  it('stores a new alert and updates its evidence on the next scan, keeping first detection and status', async () => {
    const first = await storage.alerts.upsertFromScan(workspaceId, '2026-11-16', [candidate()]);
    expect(first.created).toHaveLength(1);
    const id = first.created[0]!;
    await storage.alerts.setStatus(workspaceId, id, { status: 'acknowledged', reason: null, userId: null });

    const second = await storage.alerts.upsertFromScan(workspaceId, '2026-11-23', [
      candidate({ firstDetectedOn: '2026-11-23', severity: 'high', changePct: -38 }),
    ]);
    expect(second).toEqual({ created: [], updated: [id] });
    const alert = await storage.alerts.get(workspaceId, id);
    expect(alert).toMatchObject({
      asOf: '2026-11-23',
      firstDetectedOn: '2026-11-16',
      severity: 'high',
      changePct: -38,
      status: 'acknowledged',
      scope: { product: 1, segment: 2 },
    });
    expect(alert.drivers[0]!.detail).toEqual({ barrier: 'price_perceived_high' });
  });

  it('keeps workspaces apart: another workspace sees neither the alert nor a difference to a missing id', async () => {
    const [alert] = await storage.alerts.list(workspaceId);
    await expect(storage.alerts.get(otherWorkspaceId, alert!.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      storage.alerts.setStatus(otherWorkspaceId, alert!.id, {
        status: 'dismissed',
        reason: 'x',
        userId: null,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await storage.alerts.list(otherWorkspaceId)).toEqual([]);
  });

  it('filters by status', async () => {
    await storage.alerts.upsertFromScan(workspaceId, '2026-11-23', [
      candidate({ dedupeKey: 'other', scope: {} }),
    ]);
    expect((await storage.alerts.list(workspaceId, { statuses: ['new'] })).map((a) => a.dedupeKey)).toEqual([
      'other',
    ]);
    expect(await storage.alerts.list(workspaceId)).toHaveLength(2);
  });
});
