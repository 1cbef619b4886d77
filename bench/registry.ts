/**
 * The benchmarks `npm run bench -- NAME [options]` knows. Each prints one JSON object on stdout and its progress
 * on stderr. Loaded lazily so a benchmark's imports cost nothing to the others.
 */
export type BenchmarkRunner = (args: string[]) => Promise<unknown>;

const log = (name: string) => (line: string) => process.stderr.write(`[${name}] ${line}\n`);

/** `--name value` from the argument list, or undefined. */
export function readOption(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

export const BENCHMARKS: Record<string, { description: string; load: () => Promise<BenchmarkRunner> }> = {
  detect: {
    description: 'shift detection: ARL0, delays vs the oracle CUSUM and the naive rule (--quick)',
    load: async () => {
      const { runDetectBenchmark } = await import('./detect.ts');
      return async (args) => runDetectBenchmark({ quick: args.includes('--quick'), log: log('detect') });
    },
  },
  'detect-gap': {
    description:
      'shift detection: where the delay gap to the oracle comes from, one ingredient at a time (--quick)',
    load: async () => {
      const { runDetectGapBenchmark } = await import('./detect-gap.ts');
      return async (args) =>
        runDetectGapBenchmark({ quick: args.includes('--quick'), log: log('detect-gap') });
    },
  },
  forecast: {
    description:
      'forecast backtest by week of quarter: WAPE, 80 % coverage, Brier vs run-rate and pipeline (--quick)',
    load: async () => {
      const { runForecastBenchmark } = await import('./forecast.ts');
      return async (args) =>
        runForecastBenchmark({ quick: args.includes('--quick'), onProgress: log('forecast') });
    },
  },
  import: {
    description:
      'import of a generated deals CSV into SQLite and PostgreSQL vs sqlite3 .import and psql \\copy (--rows N)',
    load: async () => {
      const { runImportBenchmark } = await import('./import.ts');
      return async (args) =>
        runImportBenchmark({ rows: Number(readOption(args, 'rows') ?? 1_000_000), log: log('import') });
    },
  },
  impact: {
    description:
      'impact evaluation: interval coverage, false "worked" rate and power on simulated campaigns (--quick)',
    load: async () => (await import('./impact.ts')).runImpactBenchmark,
  },
  scan: {
    description:
      'full scan of generated deals over ≥ 200 scopes: seconds, peak RSS, plain SQL (--deals N, --runs R)',
    load: async () => {
      const { runScanBenchmark } = await import('./scan.ts');
      return async (args) =>
        runScanBenchmark({
          deals: Number(readOption(args, 'deals') ?? 1_000_000),
          runs: Number(readOption(args, 'runs') ?? 200),
          log: log('scan'),
        });
    },
  },
  code: {
    description: 'barrier coding throughput (texts/s)',
    load: async () => (await import('./code.ts')).runCodeBenchmark,
  },
  http: {
    description:
      'HTTP load on loopback (autocannon, 50 and 200 connections) on SQLite and PostgreSQL (--duration S, --soak [--minutes M])',
    load: async () => {
      const { runHttpBenchmark } = await import('./http.ts');
      return async (args) => runHttpBenchmark(args, log('http'));
    },
  },
};
