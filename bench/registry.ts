/**
 * The benchmarks `npm run bench -- NAME [options]` knows. Each prints one JSON object on stdout and its progress
 * on stderr. Loaded lazily so a benchmark's imports cost nothing to the others.
 */
export type BenchmarkRunner = (args: string[]) => Promise<unknown>;

export const BENCHMARKS: Record<string, { description: string; load: () => Promise<BenchmarkRunner> }> = {
  code: {
    description: 'barrier coding throughput (texts/s)',
    load: async () => (await import('./code.ts')).runCodeBenchmark,
  },
};
