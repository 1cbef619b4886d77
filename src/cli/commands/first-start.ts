import type { AppContext } from '../../app/context.ts';
import { createDemoUsers, type DemoLogin } from '../../app/create-demo-users.ts';
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
