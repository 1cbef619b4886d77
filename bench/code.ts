/**
 * Barrier coding throughput (`npx tsx bench/code.ts`): JSON on stdout, progress on stderr.
 * - textsPerSec: distinct free texts (two lost reasons joined, with a deal number), no memo hits;
 * - textsPerSecWithModel: the same with a workspace model trained on 500 labels;
 * - repeatedRowsPerSec: an import's column of 1M rows drawn Zipf-like from 2,000 distinct texts (CRM picklists
 *   and copied phrases repeat), where the batch memo pays off.
 */
import { loadavg } from 'node:os';
import { DEVELOPMENT, FIRST_FRESH, SECOND_FRESH } from '../src/core/coding/b2b-lost-reasons.test-data.ts';
import { codeTexts, trainBarrierModel } from '../src/core/coding/code-text.ts';
import { createRandom, type Random } from '../src/core/random.ts';

const UNIQUE_TEXTS = 200_000;
const REPEATED_ROWS = 1_000_000;
const DISTINCT_IN_REPEATED = 2_000;
const LABELS = 500;
const CONNECTORS = [', ', ' und ', ' – ', '; ', ' and ', ', but '];
const POOL = [...DEVELOPMENT, ...FIRST_FRESH, ...SECOND_FRESH];

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random.next() * items.length)];
  if (item === undefined) throw new Error('empty pool');
  return item;
}

function makeText(random: Random, index: number): string {
  const [first] = pick(random, POOL);
  const [second] = pick(random, POOL);
  return `${first}${pick(random, CONNECTORS)}${second} (Deal ${100_000 + index})`;
}

/** Wall-clock and CPU-time rates: on a shared machine the CPU rate is the steadier figure. */
function measure(label: string, run: () => number): { perSec: number; perCpuSec: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const count = run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  process.stderr.write(`${label}: ${count} in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU)\n`);
  return { perSec: Math.round(count / seconds), perCpuSec: Math.round(count / cpuSeconds) };
}

/** Runs the benchmark and returns its figures (`npm run bench -- code`). */
export async function runCodeBenchmark(): Promise<Record<string, number>> {
  const random = createRandom(20_260_101);
  const unique = Array.from({ length: UNIQUE_TEXTS }, (_, index) => makeText(random, index));
  const distinct = unique.slice(0, DISTINCT_IN_REPEATED);
  // Zipf-like: rank r drawn with weight 1/r via inverse transform on the harmonic CDF approximation.
  const repeated = Array.from({ length: REPEATED_ROWS }, () => {
    const rank = Math.floor(Math.exp(random.next() * Math.log(DISTINCT_IN_REPEATED)));
    return distinct[Math.min(rank, DISTINCT_IN_REPEATED) - 1] ?? '';
  });
  const model = trainBarrierModel(
    Array.from({ length: LABELS }, () => pick(random, POOL)).map(([text, barrier]) => ({ text, barrier })),
  );
  process.stderr.write('warming up\n');
  codeTexts(unique.slice(0, 20_000));
  codeTexts(unique.slice(0, 20_000), { model });
  const plain = measure('unique texts', () => codeTexts(unique).length);
  const withModel = measure('unique texts with model', () => codeTexts(unique, { model }).length);
  const repeatedRows = measure('repeated rows', () => codeTexts(repeated).length);
  const result = {
    textsPerSec: plain.perSec,
    textsPerCpuSec: plain.perCpuSec,
    textsPerSecWithModel: withModel.perSec,
    textsPerCpuSecWithModel: withModel.perCpuSec,
    repeatedRowsPerSec: repeatedRows.perSec,
    repeatedRowsPerCpuSec: repeatedRows.perCpuSec,
    uniqueTexts: UNIQUE_TEXTS,
    repeatedRows: REPEATED_ROWS,
    distinctInRepeated: DISTINCT_IN_REPEATED,
    modelLabels: LABELS,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
  };
  return result;
}
