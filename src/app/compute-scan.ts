/**
 * Runs the pure scan core (core/scan/scan.ts) on a worker thread: a scan computes for seconds to minutes, and
 * the server's event loop must keep answering requests meanwhile. The input and output are plain data, copied
 * between the threads; a failing scan rejects with the core's error.
 */
import { Worker } from 'node:worker_threads';
import type { ScanInput, ScanOutput } from '../core/scan/scan.ts';

const WORKER_ENTRY = new URL('./scan-worker.mjs', import.meta.url);

export function computeScan(input: ScanInput): Promise<ScanOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: input });
    let isSettled = false;
    worker.once('message', (output: ScanOutput) => {
      isSettled = true;
      resolve(output);
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
