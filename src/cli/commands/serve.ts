import type { Command } from 'commander';
import type { AppContext } from '../../app/context.ts';
import { openContext } from '../../app/open-context.ts';
import { type Config, loadConfig } from '../../config.ts';
import { type BackgroundJobs, startBackgroundJobs } from '../../jobs/background-jobs.ts';
import {
  runDailyScan,
  type ScanScheduler,
  setActiveScanScheduler,
  startScanScheduler,
} from '../../jobs/scan-scheduler.ts';
import { createDeliveryTransport } from '../../notify/create-transport.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { buildWebIfNeeded } from '../build-web.ts';
import { consoleOutput } from '../output.ts';
import { ensureFirstStartWorkspace, runFirstScanIfNeeded } from './first-start.ts';

function withPort(config: Config, port: string | undefined): Config {
  if (port === undefined) return config;
  return loadConfig({ ...process.env, PORT: port });
}

/**
 * Scans after imports (and, on SQLite, the daily scan) in this process. On PostgreSQL the daily scan is a pg-boss
 * job instead (background-jobs.ts), so several instances run it once; scans after an import still run in the
 * instance that imported, where the import happened once.
 */
function startScans(ctx: AppContext, log: RunningServer['app']['log']): ScanScheduler | null {
  if (!ctx.config.isSchedulerEnabled) return null;
  const scheduler = startScanScheduler({
    storage: ctx.storage,
    isDailyEnabled: ctx.database.engine === 'sqlite',
    onError: (error) => log.error({ err: error }, 'scan failed; retrying at the next check'),
  });
  setActiveScanScheduler(scheduler);
  return scheduler;
}

/**
 * SIGTERM/SIGINT: stop accepting connections, let open requests finish, let the running job finish (pg-boss
 * waits for it), close the database — within SHUTDOWN_TIMEOUT_SECONDS, else exit 1 anyway. A second signal
 * during the wait is ignored; `kill -9` is what crash safety (transactions, leases, job expiry) is for.
 */
function handleShutdown(
  ctx: AppContext,
  server: RunningServer,
  jobs: BackgroundJobs | null,
  scans: ScanScheduler | null,
  firstScan: Promise<void> | null,
): void {
  const log = server.app.log;
  let isShuttingDown = false;
  const shutdown = async (signal: string) => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    const timeoutMs = ctx.config.shutdownTimeoutSeconds * 1000;
    log.info({ signal }, 'shutting down: finishing open requests and the running job');
    const force = setTimeout(() => {
      log.error({ timeoutMs }, 'shutdown took too long; exiting without waiting further');
      process.exit(1);
    }, timeoutMs + 1000);
    force.unref();
    await Promise.all([server.close(), jobs?.stop(timeoutMs), scans?.stop(), firstScan]);
    await ctx.database.close();
    log.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
}

async function serve(ctx: AppContext, options: { isFirstScanWanted?: boolean } = {}): Promise<void> {
  const server = await startServer(ctx);
  const jobs = await startBackgroundJobs({
    ctx,
    transport: createDeliveryTransport(ctx.config),
    dailyScan: (context) => runDailyScan(context),
    log: server.app.log,
  });
  const scans = startScans(ctx, server.app.log);
  const firstScan = options.isFirstScanWanted ? runFirstScanIfNeeded(ctx, consoleOutput) : null;
  handleShutdown(ctx, server, jobs, scans, firstScan);
  if (jobs && ctx.config.isScanOnStart) await jobs.triggerDailyScan();
  consoleOutput.info(`Tandem ${ctx.version} is running at ${server.url} (${ctx.database.describe})`);
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and API (database migrated first)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .action(async (options: { port?: string }) => {
      const config = withPort(loadConfig(), options.port);
      await serve(await openContext(config));
    });

  program
    .command('start')
    .description('Build the web app if needed, migrate, create the demo workspace on first start, and serve')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .action(async (options: { port?: string }) => {
      const config = withPort(loadConfig(), options.port);
      await buildWebIfNeeded(consoleOutput.info);
      const ctx = await openContext(config);
      await ensureFirstStartWorkspace(ctx, consoleOutput);
      await serve(ctx, { isFirstScanWanted: true });
    });
}
