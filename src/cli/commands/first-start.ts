import type { AppContext } from '../../app/context.ts';
import { createDemoUsers, type DemoLogin } from '../../app/create-demo-users.ts';
import { runScan } from '../../app/run-scan.ts';
import { todayIso } from '../../server/today.ts';
import type { CliOutput } from '../output.ts';
import { runDemoCommand } from './demo.ts';

/** Prints the demo logins as a small table: role, e-mail, and the one shared password. */
export function printDemoLogins(logins: DemoLogin[], output: CliOutput): void {
  const roleWidth = Math.max(...logins.map((login) => login.role.length));
  const emailWidth = Math.max(...logins.map((login) => login.email.length));
  output.info(`Log in with one of these demo accounts (password for all: ${logins[0]?.password ?? ''}):`);
  for (const login of logins)
    output.info(`  ${login.role.padEnd(roleWidth)}  ${login.email.padEnd(emailWidth)}  ${login.name}`);
}

/**
 * On an empty database, creates the demo workspace people land in on first start (data up to today) with one
 * demo user per role, and prints their logins.
 */
export async function ensureFirstStartWorkspace(ctx: AppContext, output: CliOutput): Promise<void> {
  if (await ctx.storage.workspaces.findDefault()) return;
  const { workspaceId } = await runDemoCommand({ storage: ctx.storage, asOf: todayIso(), log: output.info });
  printDemoLogins(await createDemoUsers(ctx, workspaceId), output);
}

/**
 * The default workspace's first scan, while the app already serves: the demo's planted story appears on the
 * cockpit when it ends (the cockpit says a scan is running meanwhile). Runs when no scan has completed yet —
 * also after a first start that was stopped mid-scan — unless automatic scans are off (TANDEM_SCHEDULER=false,
 * as in tests). Resolves when the scan is done; a failure is reported, not thrown.
 */
export async function runFirstScanIfNeeded(ctx: AppContext, output: CliOutput): Promise<void> {
  if (!ctx.config.isSchedulerEnabled) return;
  const workspace = await ctx.storage.workspaces.findDefault();
  if (!workspace || (await ctx.storage.scans.findLatest(workspace.id))) return;
  output.info('Scanning the workspace in the background (the first scan calibrates its thresholds) …');
  try {
    const scan = await runScan({
      storage: ctx.storage,
      workspaceId: workspace.id,
      asOf: todayIso(),
      trigger: 'first_start',
    });
    output.info(`First scan done: ${scan.openAlerts} open alerts after ${scan.seconds} s.`);
  } catch (error) {
    output.info(`The first scan failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
