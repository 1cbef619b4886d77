import type { Command } from 'commander';
import { BENCHMARKS } from '../../../bench/registry.ts';
import { AppError } from '../../core/errors.ts';
import { consoleOutput } from '../output.ts';

export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(`Run a benchmark and print its JSON (${Object.keys(BENCHMARKS).join(', ') || 'none yet'})`)
    .argument('<name>', 'benchmark name')
    .argument('[options...]', 'benchmark options, e.g. --quick')
    .allowUnknownOption()
    .action(async (name: string, options: string[]) => {
      const benchmark = BENCHMARKS[name];
      if (!benchmark) {
        throw new AppError(
          'VALIDATION',
          `Unknown benchmark "${name}"; choose one of: ${Object.keys(BENCHMARKS).join(', ')}`,
        );
      }
      const run = await benchmark.load();
      consoleOutput.result(await run(options));
    });
}
