import { createReadStream, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.ts';
import { runCodeCommand } from './code.ts';

export function registerCodeCommand(program: Command): void {
  program
    .command('code')
    .description(
      'Code free texts (one per line) to purchase barriers; prints JSON lines {text, barrier, confidence, because}',
    )
    .argument('[file]', 'text file, or - for standard input', '-')
    .action(async (file: string) => {
      if (file !== '-' && !existsSync(file)) throw new AppError('VALIDATION', `File not found: ${file}`);
      const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
      await runCodeCommand({ input, output: process.stdout });
    });
}
