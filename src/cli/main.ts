import { Command, CommanderError } from 'commander';
import { VERSION } from '../app/open-context.ts';
import { isAppError } from '../core/errors.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerBenchCommand } from './commands/bench.ts';
import { registerCodeCommand } from './commands/code-command.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerScanCommands, scanAfterCliImport } from './commands/scan.ts';
import { registerServeCommands } from './commands/serve.ts';
import { registerUserCommand } from './commands/user.ts';

export function createProgram(): Command {
  const program = new Command('tandem')
    .description(
      'Tandem: early warning for sales targets, turned into marketing campaigns that are measured.',
    )
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerServeCommands(program);
  registerDemoCommand(program);
  registerMigrateCommand(program);
  registerBenchCommand(program);
  registerCodeCommand(program);
  registerImportCommand(program, { onImported: scanAfterCliImport });
  registerUserCommand(program);
  registerBackupCommands(program);
  registerScanCommands(program);
  return program;
}

/** Runs the CLI; an expected error prints one clear line and exits 1, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (isAppError(error)) {
      process.stderr.write(`Error: ${error.message}\n`);
      for (const detail of error.details)
        process.stderr.write(`  - ${detail.field ? `${detail.field}: ` : ''}${detail.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
