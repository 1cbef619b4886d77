/**
 * What `tandem serve` runs besides HTTP: notification delivery and the daily scan. On SQLite (one instance) the
 * delivery loop runs in-process; on PostgreSQL both go through pg-boss so several instances share them and each
 * job runs once. Off with TANDEM_SCHEDULER=false (tests, one-off commands).
 */
import type { AppContext } from '../app/context.ts';
import { getMetrics } from '../metrics.ts';
import type { DeliveryTransport } from '../notify/transport.ts';
import { DEFAULT_DELIVERY_INTERVAL_MS, drainOutbox, startDeliveryLoop } from './delivery-loop.ts';
import { startPgBossJobs } from './pg-boss-jobs.ts';

/** The daily scan of every workspace (the engine's `runDailyScan`); its result is logged. */
export type DailyScan = (ctx: AppContext) => Promise<unknown>;

/** The part of a pino logger the jobs use (Fastify's `app.log` is one). */
export interface JobLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface BackgroundJobs {
  /** Queues today's daily scan now; on PostgreSQL a no-op when it already ran today on any instance. */
  triggerDailyScan(): Promise<void>;
  /** Stops taking new work and waits for the job in progress (at most `timeoutMs` on PostgreSQL). */
  stop(timeoutMs: number): Promise<void>;
}

export interface BackgroundJobsInput {
  ctx: AppContext;
  transport: DeliveryTransport;
  dailyScan: DailyScan;
  log: JobLog;
  deliveryIntervalMs?: number;
}

async function runScan({ ctx, dailyScan, log }: BackgroundJobsInput): Promise<void> {
  const { scanRuns } = getMetrics();
  log.info({ job: 'daily-scan', pid: process.pid }, 'daily scan started');
  try {
    const result = await dailyScan(ctx);
    scanRuns.inc({ outcome: 'ok' });
    log.info({ job: 'daily-scan', pid: process.pid, result }, 'daily scan finished');
  } catch (error) {
    scanRuns.inc({ outcome: 'failed' });
    log.error({ job: 'daily-scan', err: error }, 'daily scan failed; pg-boss retries it');
    throw error;
  }
}

export async function startBackgroundJobs(input: BackgroundJobsInput): Promise<BackgroundJobs | null> {
  const { ctx, transport, log } = input;
  if (!ctx.config.isSchedulerEnabled) return null;
  const deliveryIntervalMs = input.deliveryIntervalMs ?? DEFAULT_DELIVERY_INTERVAL_MS;
  const onError = (error: unknown) => log.error({ err: error }, 'background job error');
  if (ctx.database.engine === 'postgres' && ctx.config.databaseUrl) {
    const jobs = await startPgBossJobs({
      databaseUrl: ctx.config.databaseUrl,
      pgSchema: ctx.config.pgSchema,
      scanCron: ctx.config.scanCron,
      deliveryIntervalMs,
      tasks: {
        dailyScan: () => runScan(input),
        deliver: async () => {
          await drainOutbox({ storage: ctx.storage, transport });
        },
      },
      onError,
    });
    return {
      triggerDailyScan: async () => {
        await jobs.triggerDailyScan();
      },
      stop: (timeoutMs) => jobs.stop(timeoutMs),
    };
  }
  const delivery = startDeliveryLoop({
    storage: ctx.storage,
    transport,
    intervalMs: deliveryIntervalMs,
    onError,
  });
  return {
    triggerDailyScan: () => runScan(input),
    stop: () => delivery.stop(),
  };
}
