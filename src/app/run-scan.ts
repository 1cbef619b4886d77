/**
 * Runs a scan of one workspace as of a date (issue 5): load → core scan → save alerts, forecasts, new
 * calibrations and the scan run. Used by `POST /api/scans`, `tandem scan`, the daily job and after imports.
 */
import { performance } from 'node:perf_hooks';
import type { IsoDate } from '../core/calendar.ts';
import type { ScanOutput } from '../core/scan/scan.ts';
import type { Dimensions } from '../core/types.ts';
import type { Storage, StoredForecast } from '../storage/port.ts';
import { computeScan } from './compute-scan.ts';
import { type LoadedPipeline, loadPipeline } from './load-pipeline.ts';
import { persistAlerts } from './persist-alerts.ts';
import { type ScanJobResult, type ScanRequest, toScanInput } from './scan-job.ts';

/** One fixed seed: a scan is reproducible, and calibrations cached under it are reused by every scan. */
export const SCAN_SEED = 20_261_128;

/**
 * A run still 'running' after this long belongs to a process that died (kill -9, power loss): nothing else would
 * ever finish it. Far above a scan's duration (about a minute on the demo workspace, uncalibrated), so a scan
 * running in another instance is not touched.
 */
export const SCAN_STALE_AFTER_MS = 60 * 60 * 1000;

export type ScanTrigger = 'manual' | 'cli' | 'import' | 'daily' | 'first_start';

export interface RunScanInput {
  storage: Storage;
  workspaceId: number;
  asOf: IsoDate;
  trigger: ScanTrigger;
  /** Simulated series per calibration; lower only in tests and benchmarks. */
  calibrationRuns?: number;
  forecastSimulations?: number;
}

export interface RunScanResult {
  asOf: IsoDate;
  scopes: number;
  seriesWatched: number;
  created: number;
  updated: number;
  openAlerts: number;
  seconds: number;
  /** Stored alert id of each candidate, in `output.candidates` order. */
  alertIds: number[];
  output: ScanOutput;
  dimensions: Dimensions;
}

function toStoredForecasts(output: ScanOutput): StoredForecast[] {
  return output.forecasts.map((forecast, index) => ({
    targetId: forecast.targetId,
    scope: forecast.scope,
    asOf: forecast.asOf,
    period: forecast.period,
    periodStart: forecast.periodStart,
    periodEnd: forecast.periodEnd,
    measure: forecast.measure,
    target: forecast.target,
    booked: forecast.booked,
    p10: forecast.p10,
    p50: forecast.p50,
    p90: forecast.p90,
    pMiss: forecast.pMiss,
    expectedShortfall: forecast.expectedShortfall,
    daysLeft: forecast.daysLeft,
    bookedByWeek: output.bookedByWeek[index] ?? [],
  }));
}

/**
 * The rows: where another connection can open the database, the worker loads them itself and only the output
 * crosses between the threads. An in-memory SQLite database (tests) is open only here: the rows are loaded here
 * and copied to the worker, as every scan did before.
 */
async function computeWorkspaceScan(storage: Storage, request: ScanRequest): Promise<ScanJobResult> {
  if (storage.source) return computeScan({ source: storage.source, request });
  let loaded: LoadedPipeline | null = await loadPipeline(storage, request.workspaceId);
  const { dimensions } = loaded;
  const pending = computeScan({ input: toScanInput(loaded, request) });
  // The worker has its own copy of the rows: this thread lets go of its own while the scan computes.
  loaded = null;
  return { output: (await pending).output, dimensions };
}

/**
 * Scans, then stores alerts, thresholds, forecasts and the run's 'done' in one transaction, so a process killed at
 * any point leaves either all of it or none (the run then stays 'running' until a later scan marks it failed).
 * A failing scan (loading included) is recorded as failed and rethrown.
 */
export async function runScan(input: RunScanInput): Promise<RunScanResult> {
  const started = performance.now();
  const { storage, workspaceId, asOf } = input;
  // An unknown workspace fails here, before a scan run is recorded for it.
  await storage.workspaces.get(workspaceId);
  const staleBefore = new Date(Date.now() - SCAN_STALE_AFTER_MS).toISOString();
  await storage.scans.failInterrupted(workspaceId, staleBefore);
  const runId = await storage.scans.start(workspaceId, asOf, input.trigger);
  let scanned: ScanJobResult;
  let written: Awaited<ReturnType<typeof persistAlerts>>;
  let seconds: number;
  try {
    const cached = await storage.scans.loadThresholds(workspaceId);
    scanned = await computeWorkspaceScan(storage, {
      workspaceId,
      asOf,
      seed: SCAN_SEED,
      thresholds: cached,
      calibrationRuns: input.calibrationRuns,
      forecastSimulations: input.forecastSimulations,
    });
    const { output, dimensions } = scanned;
    const fresh = Object.fromEntries(Object.entries(output.thresholds).filter(([key]) => !(key in cached)));
    ({ written, seconds } = await storage.transaction(async (trx) => {
      const result = await persistAlerts({
        storage: trx,
        workspaceId,
        asOf,
        candidates: output.candidates,
        dimensions,
      });
      await trx.scans.saveThresholds(workspaceId, fresh);
      await trx.scans.saveForecasts(workspaceId, runId, toStoredForecasts(output));
      const elapsed = Math.round((performance.now() - started) / 10) / 100;
      await trx.scans.finish(runId, 'done', {
        ...output.stats,
        scopes: output.scopes.length,
        candidates: output.candidates.length,
        created: result.created.length,
        updated: result.updated.length,
        seconds: elapsed,
      });
      return { written: result, seconds: elapsed };
    }));
  } catch (error) {
    await storage.scans.finish(runId, 'failed', {
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
  const open = await storage.alerts.list(workspaceId, { statuses: ['new', 'acknowledged'] });
  return {
    asOf,
    scopes: scanned.output.scopes.length,
    seriesWatched: scanned.output.stats.monitored,
    created: written.created.length,
    updated: written.updated.length,
    openAlerts: open.length,
    seconds,
    alertIds: written.ids,
    output: scanned.output,
    dimensions: scanned.dimensions,
  };
}
