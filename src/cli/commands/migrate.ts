import type { Command } from 'commander';
import { openContext } from '../../app/open-context.ts';
import { loadConfig } from '../../config.ts';
import { getMigrationStatus } from '../../storage/migrate.ts';
import { consoleOutput } from '../output.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Create or update the database schema (every command does this first)')
    .action(async () => {
      const ctx = await openContext(loadConfig());
      const status = await getMigrationStatus(ctx.database);
      consoleOutput.info(
        `${ctx.database.describe} is at migration ${status.level} (latest ${status.latest}).`,
      );
      await ctx.database.close();
    });
}
