import type { AppContext } from '../../app/context.ts';
import type { CliOutput } from '../output.ts';

/** On an empty database, creates the workspace people land in on first start. */
export async function ensureFirstStartWorkspace(ctx: AppContext, output: CliOutput): Promise<void> {
  if (await ctx.storage.workspaces.findDefault()) return;
  await ctx.storage.workspaces.create({ name: 'Tandem', slug: 'default' });
  output.info('Created an empty workspace.');
}
