/**
 * Scans in-process (SQLite, one instance): the daily scan, and a scan soon after each import. On PostgreSQL
 * with several instances the same `runDailyScan` can run as a pg-boss job instead. Off with
 * TANDEM_SCHEDULER=false (tests, one-off commands). Scans never overlap: requests during a scan coalesce into
 * one more scan after it.
 */
import { type RunScanInput, type RunScanResult, runScan, type ScanTrigger } from '../app/run-scan.ts';
import { countScanAlerts } from '../metrics.ts';
import type { Storage } from '../storage/port.ts';

/** How often the scheduler checks whether today's scan has run. */
export const DAILY_CHECK_INTERVAL_MS = 15 * 60_000;
/** Imports often come in a burst (deals, then stage history, then targets): wait for the burst to end. */
export const IMPORT_SCAN_DELAY_MS = 30_000;

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Scans the default workspace as of today unless a scan as of today already ran; returns whether it scanned. */
export async function runDailyScan(ctx: { storage: Storage }, asOf = todayIso()): Promise<boolean> {
  const workspace = await ctx.storage.workspaces.findDefault();
  if (!workspace) return false;
  const latest = await ctx.storage.scans.findLatest(workspace.id);
  if (latest && latest.asOf >= asOf) return false;
  await runCountedScan({ storage: ctx.storage, workspaceId: workspace.id, asOf, trigger: 'daily' });
  return true;
}

/** A scan by this process, its alerts counted into the scan metrics. */
export async function runCountedScan(input: RunScanInput): Promise<RunScanResult> {
  const result = await runScan(input);
  countScanAlerts(result.output.candidates);
  return result;
}

export interface ScanScheduler {
  /** Asks for a scan of the workspace soon (after imports); coalesces with pending requests. */
  requestScan(workspaceId: number, trigger: ScanTrigger, delayMs?: number): void;
  /** Waits for the scan in progress, if any. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function startScanScheduler(input: {
  storage: Storage;
  onError: (error: unknown) => void;
  intervalMs?: number;
  /** false on PostgreSQL, where the daily scan runs once across instances as a pg-boss job. */
  isDailyEnabled?: boolean;
}): ScanScheduler {
  const { storage, onError } = input;
  let isStopped = false;
  let current: Promise<void> = Promise.resolve();
  const pending = new Map<number, NodeJS.Timeout>();
  const enqueue = (work: () => Promise<unknown>) => {
    current = current.then(async () => {
      if (isStopped) return;
      try {
        await work();
      } catch (error) {
        onError(error);
      }
    });
    return current;
  };
  const isDailyEnabled = input.isDailyEnabled ?? true;
  const daily = setInterval(
    () => isDailyEnabled && void enqueue(() => runDailyScan({ storage })),
    input.intervalMs ?? DAILY_CHECK_INTERVAL_MS,
  );
  daily.unref();
  if (isDailyEnabled) void enqueue(() => runDailyScan({ storage }));
  return {
    requestScan(workspaceId, trigger, delayMs = IMPORT_SCAN_DELAY_MS) {
      if (isStopped) return;
      clearTimeout(pending.get(workspaceId));
      const timer = setTimeout(() => {
        pending.delete(workspaceId);
        void enqueue(() => runCountedScan({ storage, workspaceId, asOf: todayIso(), trigger }));
      }, delayMs);
      timer.unref();
      pending.set(workspaceId, timer);
    },
    idle: () => current,
    async stop() {
      isStopped = true;
      clearInterval(daily);
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      await current;
    },
  };
}

/** The running scheduler of this process, for the import hook; null when scheduling is off. */
let active: ScanScheduler | null = null;

export function setActiveScanScheduler(scheduler: ScanScheduler | null): void {
  active = scheduler;
}

/** Import hook: a scan of the imported workspace soon, when this process schedules scans. */
export function scanAfterImport(event: { workspaceId: number }): void {
  active?.requestScan(event.workspaceId, 'import');
}
