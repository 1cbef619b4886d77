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
  const asOf = todayIso();
  const { workspaceId } = await runDemoCommand({ storage: ctx.storage, asOf, log: output.info });
  printDemoLogins(await createDemoUsers(ctx, workspaceId), output);
  // The demo's planted story should be on screen at first open, so its first scan runs before serving
  // (unless automatic scans are off: TANDEM_SCHEDULER=false, as in tests).
  if (!ctx.config.isSchedulerEnabled) return;
  output.info(
    'Scanning the demo workspace (the first scan calibrates its thresholds, later ones reuse them) …',
  );
  const scan = await runScan({ storage: ctx.storage, workspaceId, asOf, trigger: 'first_start' });
  output.info(`${scan.openAlerts} open alerts after ${scan.seconds} s.`);
}
