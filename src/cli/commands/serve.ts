import type { Command } from 'commander';
import type { AppContext } from '../../app/context.ts';
import { openContext } from '../../app/open-context.ts';
import { type Config, loadConfig } from '../../config.ts';
import { type DeliveryLoop, startDeliveryLoop } from '../../jobs/delivery-loop.ts';
import { type ScanScheduler, setActiveScanScheduler, startScanScheduler } from '../../jobs/scan-scheduler.ts';
import { createDeliveryTransport } from '../../notify/create-transport.ts';
import { startServer } from '../../server/start-server.ts';
import { buildWebIfNeeded } from '../build-web.ts';
import { consoleOutput } from '../output.ts';
import { ensureFirstStartWorkspace } from './first-start.ts';

function withPort(config: Config, port: string | undefined): Config {
  if (port === undefined) return config;
  return loadConfig({ ...process.env, PORT: port });
}

/** Notification delivery in this process (TANDEM_SCHEDULER, on by default); off for tests and one-off commands. */
function startDelivery(ctx: AppContext): DeliveryLoop | null {
  if (!ctx.config.isSchedulerEnabled) return null;
  return startDeliveryLoop({
    storage: ctx.storage,
    transport: createDeliveryTransport(ctx.config),
    onError: (error) =>
      consoleOutput.info(`Notification delivery failed, retrying next round: ${String(error)}`),
  });
}

/** Daily scans and scans after imports in this process (TANDEM_SCHEDULER, on by default). */
function startScans(ctx: AppContext): ScanScheduler | null {
  if (!ctx.config.isSchedulerEnabled) return null;
  const scheduler = startScanScheduler({
    storage: ctx.storage,
    onError: (error) => consoleOutput.info(`Scan failed, retrying at the next check: ${String(error)}`),
  });
  setActiveScanScheduler(scheduler);
  return scheduler;
}

async function serve(ctx: AppContext): Promise<void> {
  const server = await startServer(ctx);
  const delivery = startDelivery(ctx);
  const scans = startScans(ctx);
  consoleOutput.info(`Tandem ${ctx.version} is running at ${server.url} (${ctx.database.describe})`);
  const shutdown = async (signal: string) => {
    consoleOutput.info(`${signal}: finishing open requests and shutting down …`);
    await delivery?.stop();
    await scans?.stop();
    await server.close();
    await ctx.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
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
      await serve(ctx);
    });
}
