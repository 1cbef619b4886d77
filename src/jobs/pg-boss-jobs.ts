/**
 * Background work on PostgreSQL through pg-boss, so any number of `tandem serve` instances share it: the daily
 * scan is scheduled by cron inside pg-boss (one instance sends each tick) and deduplicated per UTC day, and
 * notification delivery is a job sent at most once per interval across instances. A worker killed mid-job
 * leaves the job `active` until it expires; pg-boss then retries it on any instance.
 */
import PgBoss from 'pg-boss';
import { timeJob } from '../metrics.ts';

export const DAILY_SCAN_QUEUE = 'tandem-daily-scan';
export const DELIVERY_QUEUE = 'tandem-delivery';
const DAY_SECONDS = 86_400;

export interface JobTasks {
  dailyScan(): Promise<void>;
  deliver(): Promise<void>;
}

export interface PgBossJobsOptions {
  databaseUrl: string;
  /** Our PostgreSQL schema when not `public`; pg-boss then lives in `<schema>_jobs`, beside it. */
  pgSchema: string | undefined;
  scanCron: string;
  deliveryIntervalMs: number;
  /** Seconds before an active job whose worker went silent counts as failed and is retried. */
  scanExpireSeconds?: number;
  deliveryExpireSeconds?: number;
  tasks: JobTasks;
  onError(error: unknown): void;
}

export interface PgBossJobs {
  boss: PgBoss;
  /** Sends today's daily scan now (the same job the cron sends; a second request the same day is a no-op). */
  triggerDailyScan(): Promise<string | null>;
  /** Stops fetching, waits for running jobs (up to `timeoutMs`), closes pg-boss's pool. */
  stop(timeoutMs: number): Promise<void>;
}

export function jobSchemaFor(pgSchema: string | undefined): string {
  return pgSchema ? `${pgSchema}_jobs` : 'pgboss';
}

/** The daily scan's dedupe: one per UTC day whoever sends it (cron on any instance or a manual trigger). */
const DAILY_SCAN_OPTIONS = { singletonKey: 'daily-scan', singletonSeconds: DAY_SECONDS };

export async function startPgBossJobs(options: PgBossJobsOptions): Promise<PgBossJobs> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: jobSchemaFor(options.pgSchema),
    max: 3,
    // Completed jobs stay (not archived) for two days so the per-day singleton keeps deduplicating.
    archiveCompletedAfterSeconds: 2 * DAY_SECONDS,
    cronMonitorIntervalSeconds: 30,
  });
  boss.on('error', options.onError);
  await boss.start();
  await ensureQueue(boss, DAILY_SCAN_QUEUE, {
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: options.scanExpireSeconds ?? 30 * 60,
  });
  await ensureQueue(boss, DELIVERY_QUEUE, {
    retryLimit: 1,
    expireInSeconds: options.deliveryExpireSeconds ?? 10 * 60,
  });
  await boss.schedule(DAILY_SCAN_QUEUE, options.scanCron, {}, { tz: 'UTC', ...DAILY_SCAN_OPTIONS });
  await boss.work(DAILY_SCAN_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    await timeJob('daily-scan', options.tasks.dailyScan);
  });
  await boss.work(DELIVERY_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    await timeJob('delivery', options.tasks.deliver);
  });
  const intervalSeconds = Math.max(1, Math.round(options.deliveryIntervalMs / 1000));
  const requestDelivery = () =>
    boss
      .send(DELIVERY_QUEUE, {}, { singletonKey: 'delivery', singletonSeconds: intervalSeconds })
      .catch(options.onError);
  const timer = setInterval(requestDelivery, options.deliveryIntervalMs);
  timer.unref();
  void requestDelivery();
  return {
    boss,
    triggerDailyScan: () => boss.send(DAILY_SCAN_QUEUE, {}, DAILY_SCAN_OPTIONS),
    async stop(timeoutMs) {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** Creates the queue (a no-op when another instance did) and applies this version's options. */
const DEADLOCK = '40P01';
const QUEUE_ATTEMPTS = 5;

/**
 * Creates or updates a queue. Instances started together create the same queues at once, and PostgreSQL may
 * pick one of them as a deadlock victim: that one waits a moment and tries again (the other's queue is then there).
 */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
      return;
    } catch (error) {
      const isDeadlock = (error as { code?: unknown }).code === DEADLOCK;
      if (!isDeadlock || attempt >= QUEUE_ATTEMPTS) throw error;
      await new Promise((done) => setTimeout(done, 50 + Math.random() * 200 * attempt));
    }
  }
}
