import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import type { Storage } from '../storage/port.ts';
import { createStorage } from '../storage/storage.ts';
import { runDailyScan, startScanScheduler } from './scan-scheduler.ts';

describeEachEngine('scan scheduler', (get) => {
  let storage: Storage;
  let workspaceId: number;

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'Jobs', slug: 'jobs' })).id;
  });

  it('scans once a day: a second daily run on the same day does nothing', async () => {
    expect(await runDailyScan({ storage }, '2026-11-27')).toBe(true);
    expect(await runDailyScan({ storage }, '2026-11-27')).toBe(false);
    expect((await storage.scans.findLatest(workspaceId))?.asOf).toBe('2026-11-27');
  });

  it('scans after an import request, coalescing a burst into one scan', async () => {
    const scheduler = startScanScheduler({ storage, onError: (error) => expect.fail(String(error)) });
    await scheduler.idle();
    const before = await storage.scans.findLatest(workspaceId);
    scheduler.requestScan(workspaceId, 'import', 10);
    scheduler.requestScan(workspaceId, 'import', 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await scheduler.idle();
    const after = await storage.scans.findLatest(workspaceId);
    expect(after?.id).toBe((before?.id ?? 0) + 1);
    expect(after?.trigger).toBe('import');
    await scheduler.stop();
  });
});
