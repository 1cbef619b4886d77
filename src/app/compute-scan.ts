/**
 * Runs a scan job (scan-job.ts) on a worker thread: a scan loads and computes for seconds to minutes, and the
 * server's event loop must keep answering requests meanwhile. Only the job's description (or, for an in-memory
 * database, its rows) goes in and the output comes back, copied between the threads; a failing scan rejects
 * with the worker's error.
 */
import { Worker } from 'node:worker_threads';
import type { ScanJob, ScanJobResult } from './scan-job.ts';

const WORKER_ENTRY = new URL('./scan-worker.mjs', import.meta.url);

export function computeScan(job: ScanJob): Promise<ScanJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: job });
    let isSettled = false;
    worker.once('message', (result: ScanJobResult) => {
      isSettled = true;
      resolve(result);
    });
    worker.once('error', (error) => {
      isSettled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!isSettled) reject(new Error(`The scan stopped before it finished (worker exit code ${code}).`));
    });
  });
}
