/**
 * `tandem demo [--seed N] [--as-of YYYY-MM-DD]`: creates the demo workspace in the open database. The caller
 * (commander wiring) opens and migrates the database and passes today's date as the default as-of.
 */
import type { Command } from 'commander';
import { createDemoWorkspace, type DemoWriteResult } from '../../app/create-demo-workspace.ts';
import { openContext } from '../../app/open-context.ts';
import { loadConfig } from '../../config.ts';
import { type IsoDate, isIsoDate } from '../../core/calendar.ts';
import { AppError } from '../../core/errors.ts';
import { COMPANY } from '../../demo/company.ts';
import { DEFAULT_DEMO_SEED } from '../../demo/generate.ts';
import { resolveDemoStory } from '../../demo/story.ts';
import { todayIso } from '../../server/today.ts';
import type { Storage } from '../../storage/port.ts';
import { consoleOutput } from '../output.ts';

export interface DemoCommandInput {
  storage: Storage;
  /** Default 42. */
  seed?: number;
  /** The last day of data; the CLI passes today's date when `--as-of` is not given. */
  asOf: IsoDate;
  /** One line of progress for the user (stderr or stdout, the caller decides). */
  log: (line: string) => void;
}

const MAX_SEED = 2 ** 32 - 1;

function validate(seed: number, asOf: string): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new AppError('VALIDATION', `--seed must be a whole number from 0 to ${MAX_SEED}`, [
      { field: 'seed', value: String(seed), message: 'expected a whole number, e.g. 42' },
    ]);
  }
  if (!isIsoDate(asOf)) {
    throw new AppError('VALIDATION', `--as-of must be a date like 2026-11-28`, [
      { field: 'as-of', value: asOf, message: 'expected YYYY-MM-DD' },
    ]);
  }
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Generates and stores the demo workspace; returns its id and row counts. */
export async function runDemoCommand(input: DemoCommandInput): Promise<DemoWriteResult> {
  const seed = input.seed ?? DEFAULT_DEMO_SEED;
  validate(seed, input.asOf);
  input.log(`Creating the demo workspace "${COMPANY.name}" (seed ${seed}, data up to ${input.asOf}) …`);
  const started = performance.now();
  const result = await createDemoWorkspace({ storage: input.storage, seed, asOf: input.asOf });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { counts } = result;
  input.log(
    `Stored ${formatCount(counts.deals)} deals (${formatCount(counts.stageChanges)} stage changes), ` +
      `${formatCount(counts.leads)} leads, ${formatCount(counts.metrics)} metric observations, ` +
      `${formatCount(counts.targets)} targets and ${counts.campaigns} campaign in ${seconds} s.`,
  );
  const story = resolveDemoStory(input.asOf);
  const a = story.momentumLoss;
  const b = story.awarenessCampaign;
  input.log(
    `Planted stories: (a) ${a.product} × ${a.segment} loses momentum from ${a.shiftStartOn} to a cheaper offer ` +
      `by ${a.competitor}; (b) the campaign "${b.name}" (${b.product} × ${b.segment}, ${b.startOn} – ${b.endOn}) ` +
      'lifted awareness and leads. See src/demo/README.md.',
  );
  return result;
}

/** `tandem demo [--seed N] [--as-of YYYY-MM-DD]` on the configured database. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Create the demo workspace (Lindenau Sensortechnik) with three years of data and two planted stories',
    )
    .option(
      '--seed <n>',
      'random seed: the same seed and as-of give the same data',
      String(DEFAULT_DEMO_SEED),
    )
    .option('--as-of <date>', 'last day of data, YYYY-MM-DD (default: today)')
    .action(async (options: { seed: string; asOf?: string }) => {
      const ctx = await openContext(loadConfig());
      try {
        const seed = /^\d+$/.test(options.seed) ? Number(options.seed) : Number.NaN;
        await runDemoCommand({
          storage: ctx.storage,
          seed,
          asOf: options.asOf ?? todayIso(),
          log: consoleOutput.info,
        });
      } finally {
        await ctx.database.close();
      }
    });
}
