/**
 * Prometheus metrics of this process (prom-client), shared by the HTTP server and the job runners: request
 * latency by route, job durations by job and outcome, scan results. One registry per process, created on first
 * use, so several apps built in one test process share it instead of registering twice.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  jobDuration: Histogram<'job' | 'outcome'>;
  scanAlerts: Counter<'severity'>;
  scanRuns: Counter<'outcome'>;
}

let metrics: Metrics | undefined;

/** Seconds; the upper buckets catch the slow tail that a p99 target cares about. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.05, 0.25, 1, 5, 15, 60, 300, 900];

export function getMetrics(): Metrics {
  if (metrics) return metrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tandem_' });
  metrics = {
    registry,
    httpDuration: new Histogram({
      name: 'tandem_http_request_duration_seconds',
      help: 'HTTP request latency by route pattern (not the raw URL, so ids do not explode the label set)',
      labelNames: ['method', 'route', 'status'],
      buckets: HTTP_BUCKETS,
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'tandem_job_duration_seconds',
      help: 'Background job duration by job name and outcome (ok, failed)',
      labelNames: ['job', 'outcome'],
      buckets: JOB_BUCKETS,
      registers: [registry],
    }),
    scanAlerts: new Counter({
      name: 'tandem_scan_alerts_total',
      help: 'Alerts raised or updated by scans, by severity',
      labelNames: ['severity'],
      registers: [registry],
    }),
    scanRuns: new Counter({
      name: 'tandem_scan_runs_total',
      help: 'Scans run by this process, by outcome (ok, failed)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
  return metrics;
}

/** Counts a scan's alerts (raised or updated: every candidate it stored) into tandem_scan_alerts_total. */
export function countScanAlerts(candidates: ReadonlyArray<{ severity: string }>): void {
  const { scanAlerts } = getMetrics();
  for (const candidate of candidates) scanAlerts.inc({ severity: candidate.severity });
}

/** Times `work` into the job histogram and rethrows its error. */
export async function timeJob<T>(job: string, work: () => Promise<T>): Promise<T> {
  const stop = getMetrics().jobDuration.startTimer({ job });
  try {
    const result = await work();
    stop({ outcome: 'ok' });
    return result;
  } catch (error) {
    stop({ outcome: 'failed' });
    throw error;
  }
}
