import type { AppContext } from '../../app/context.ts';
import { todayIso } from '../../server/today.ts';
import type { CliOutput } from '../output.ts';
import { runDemoCommand } from './demo.ts';

/** On an empty database, creates the demo workspace people land in on first start (data up to today). */
export async function ensureFirstStartWorkspace(ctx: AppContext, output: CliOutput): Promise<void> {
  if (await ctx.storage.workspaces.findDefault()) return;
  await runDemoCommand({ storage: ctx.storage, asOf: todayIso(), log: output.info });
}
