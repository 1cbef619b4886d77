import type { Command } from 'commander';
import { openContext } from '../../app/open-context.ts';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../core/errors.ts';
import { backupSqlite, PG_DUMP_ADVICE, restoreSqlite } from '../../storage/backup.ts';
import { resolveDatabaseTarget } from '../../storage/connect.ts';
import { consoleOutput } from '../output.ts';

function describeSize(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Write a consistent copy of the SQLite database to FILE (safe while Tandem serves)')
    .argument('<file>', 'where to write the copy')
    .option('--force', 'overwrite FILE if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const ctx = await openContext(loadConfig());
      try {
        const check = await backupSqlite(ctx.database, { file, force: options.force === true });
        consoleOutput.info(
          `Backed up ${ctx.database.describe} to ${check.file} (${describeSize(check.bytes)}, migration ${check.migration}, integrity ok).`,
        );
      } finally {
        await ctx.database.close();
      }
    });

  program
    .command('restore')
    .description(
      'Replace the SQLite database with a backup FILE after checking its integrity (stop Tandem first)',
    )
    .argument('<file>', 'a file written by `tandem backup`')
    .option('--force', 'replace a database that already holds data')
    .action(async (file: string, options: { force?: boolean }) => {
      const target = resolveDatabaseTarget(loadConfig().databaseUrl);
      if (target.engine !== 'sqlite') throw new AppError('CONFIG', PG_DUMP_ADVICE);
      const check = await restoreSqlite({ file, target: target.location, force: options.force === true });
      consoleOutput.info(
        `Restored ${file} into ${check.file} (${describeSize(check.bytes)}, migration ${check.migration}, integrity ok).`,
      );
    });
}
