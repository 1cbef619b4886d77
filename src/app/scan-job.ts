/**
 * What a scan's worker thread does (compute-scan.ts). Given where the database is, it opens its own connection,
 * loads the workspace, closes the connection and runs the core: the rows never cross between threads (copying a
 * million deals to the worker took about 10 s and a second gigabyte), and the server's thread never spends the
 * load's seconds in better-sqlite3. Given the rows themselves (an in-memory SQLite database, which no other
 * connection can open), it runs the core on them.
 */
import type { IsoDate } from '../core/calendar.ts';
import { runScanCore, type ScanInput, type ScanOutput } from '../core/scan/scan.ts';
import type { Dimensions } from '../core/types.ts';
import { type DatabaseSource, openDatabase } from '../storage/connect.ts';
import { createStorage } from '../storage/storage.ts';
import { type LoadedPipeline, loadPipeline } from './load-pipeline.ts';

export interface ScanRequest {
  workspaceId: number;
  asOf: IsoDate;
  seed: number;
  /** Calibrated thresholds from the cache, read by the calling thread. */
  thresholds: Readonly<Record<string, number>>;
  calibrationRuns?: number;
  forecastSimulations?: number;
}

export type ScanJob = { source: DatabaseSource; request: ScanRequest } | { input: ScanInput };

export interface ScanJobResult {
  output: ScanOutput;
  /** The dimensions the scan read, for naming and storing its alerts. */
  dimensions: Dimensions;
}

export function toScanInput(loaded: LoadedPipeline, request: ScanRequest): ScanInput {
  return {
    history: loaded.history,
    dimensions: loaded.dimensions,
    targets: loaded.targets,
    asOf: request.asOf,
    settings: loaded.workspace.settings,
    seed: request.seed,
    thresholds: request.thresholds,
    calibrationRuns: request.calibrationRuns,
    forecastSimulations: request.forecastSimulations,
  };
}

/** Two PostgreSQL connections let the deals and their stage changes load side by side; a scan needs no more. */
async function loadFromSource(source: DatabaseSource, workspaceId: number): Promise<LoadedPipeline> {
  const database = await openDatabase(source.target, {
    poolSize: 2,
    ...(source.schema ? { schema: source.schema } : {}),
  });
  try {
    return await loadPipeline(createStorage(database), workspaceId);
  } finally {
    // Closed before computing: a PostgreSQL pool is not held for the minutes a large scan computes.
    await database.close();
  }
}

export async function runScanJob(job: ScanJob): Promise<ScanJobResult> {
  if ('input' in job) return { output: runScanCore(job.input), dimensions: job.input.dimensions };
  const loaded = await loadFromSource(job.source, job.request.workspaceId);
  return { output: runScanCore(toScanInput(loaded, job.request)), dimensions: loaded.dimensions };
}
