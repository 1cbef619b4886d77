import type { AppContext } from '../../app/context.ts';
import { createDemoUsers, type DemoLogin } from '../../app/create-demo-users.ts';
import type { CliOutput } from '../output.ts';

/** Prints the demo logins as a small table: role, e-mail, and the one shared password. */
export function printDemoLogins(logins: DemoLogin[], output: CliOutput): void {
  const width = Math.max(...logins.map((login) => login.role.length));
  output.info(`Log in with one of these demo accounts (password for all: ${logins[0]?.password ?? ''}):`);
  for (const login of logins) output.info(`  ${login.role.padEnd(width)}  ${login.email}  (${login.name})`);
}

/** On an empty database, creates the workspace people land in on first start, with one demo user per role. */
export async function ensureFirstStartWorkspace(ctx: AppContext, output: CliOutput): Promise<void> {
  if (await ctx.storage.workspaces.findDefault()) return;
  const workspace = await ctx.storage.workspaces.create({ name: 'Tandem', slug: 'default' });
  output.info('Created an empty workspace.');
  printDemoLogins(await createDemoUsers(ctx, workspace.id), output);
}
