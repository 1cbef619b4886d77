/**
 * Forecast benchmark (issue 5 item 9): backtest of the attainment forecast against the seasonal run-rate and
 * the stage-weighted pipeline, by week of quarter, on seeded synthetic workspaces (some with a planted
 * mid-quarter decline) and on the real Maven CRM pipeline. JSON on stdout, progress on stderr.
 *
 * Method: for quarter q and week w (1–13), the history is cut to the last day of week w (w full weeks known)
 * and every scope's bookings for q are forecast. Targets are set as a manager could have at the quarter's start
 * (last year's same quarter × trailing growth, + N(3 %, 8 %) ambition and noise; Maven, with one year of data:
 * the previous quarter ± the same noise). Synthetic workspaces: 5 years of data, the last 8 quarters scored,
 * scopes = workspace and each of 3 products. The baselines' P(miss) comes from a lognormal error fitted
 * in-sample to their own errors (forecast-metrics.ts), which favours them.
 *
 *   npx tsx bench/forecast.ts [--quick] [--expected-close=covariate|slippage|ignore]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ForecastOptions } from '../src/core/forecast/context.ts';
import { loadMavenPipeline } from '../test/support/maven-pipeline.ts';
import { type BacktestCase, type BacktestRow, runBacktest } from './forecast-backtest.ts';
import { scoreByWeek, scoreWeek, type WeekScore } from './forecast-metrics.ts';
import { generateSyntheticWorkspace, type SyntheticConfig } from './forecast-synthetic.ts';

export interface ForecastBenchmarkOptions {
  quick?: boolean;
  /** Overrides of the forecast's options (e.g. another expected-close mode), to compare variants. */
  forecast?: Partial<ForecastOptions>;
  seed?: number;
  /** Directory of the Maven CSVs; null skips the real-data part. */
  mavenDirectory?: string | null;
  onProgress?: (message: string) => void;
}

const DEFAULT_MAVEN_DIRECTORY = resolve(
  import.meta.dirname,
  '../../shared/data/maven-crm-sales-opportunities',
);

const WORKSPACES: Omit<SyntheticConfig, 'start' | 'end'>[] = [
  { seed: 101, baseRate: 5, annualGrowth: 0.1 },
  { seed: 404, baseRate: 6, annualGrowth: 0.05, decline: { from: '2025-05-14', productId: 2 } },
  { seed: 202, baseRate: 8, annualGrowth: 0 },
  { seed: 303, baseRate: 3, annualGrowth: 0.2 },
  { seed: 505, baseRate: 4, annualGrowth: 0.15, decline: { from: '2024-11-13', productId: 1 } },
  { seed: 606, baseRate: 10, annualGrowth: -0.05, decline: { from: '2025-08-13', productId: 3 } },
];
const FULL_QUARTERS = [
  '2024-Q1',
  '2024-Q2',
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
];
const QUICK_QUARTERS = FULL_QUARTERS.slice(4);

function buildSyntheticCases(quick: boolean): BacktestCase[] {
  const configs = quick ? WORKSPACES.slice(0, 2) : WORKSPACES;
  return configs.map((config) => {
    const workspace = generateSyntheticWorkspace({ ...config, start: '2021-01-01', end: '2025-12-31' });
    return {
      label: `synthetic-${config.seed}${config.decline ? '-decline' : ''}`,
      history: workspace.history,
      owners: workspace.owners,
      scopes: [
        { label: 'all', scope: {} },
        ...workspace.productIds.map((id) => ({ label: `product-${id}`, scope: { product: id } })),
      ],
      quarters: quick ? QUICK_QUARTERS : FULL_QUARTERS,
      targetRule: 'prior_year_growth' as const,
    };
  });
}

function buildMavenCase(directory: string): BacktestCase {
  const maven = loadMavenPipeline(directory);
  return {
    label: 'maven',
    history: maven.history,
    owners: maven.owners,
    scopes: [
      { label: 'all', scope: {} },
      ...maven.regions.map((region) => ({ label: `region-${region.name}`, scope: { region: region.id } })),
    ],
    quarters: ['2017-Q3', '2017-Q4'],
    targetRule: 'prior_quarter',
  };
}

function summarise(rows: readonly BacktestRow[]) {
  const byWeek = scoreByWeek(rows);
  const week6 = byWeek[5] as WeekScore;
  return {
    byWeek,
    week6Targets: {
      wapeRatioToRunRate: Math.round((week6.wape / week6.wapeRunRate) * 1000) / 1000,
      wapeOk: week6.wape <= 0.8 * week6.wapeRunRate,
      coverageOk: week6.coverage80 >= 0.75 && week6.coverage80 <= 0.85,
      brierOk: week6.brier < week6.brierRunRate && week6.brier < week6.brierPipeline,
    },
  };
}

/** Runs the benchmark and returns its JSON-ready result. */
export function runForecastBenchmark(options: ForecastBenchmarkOptions = {}) {
  const quick = options.quick ?? false;
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => undefined);
  const forecast = { simulations: quick ? 500 : 2000, ...options.forecast };
  const started = performance.now();
  const syntheticRows = buildSyntheticCases(quick).flatMap((testCase) =>
    runBacktest(testCase, { seed, forecast, onProgress: progress }),
  );
  const mavenDirectory =
    options.mavenDirectory === undefined ? DEFAULT_MAVEN_DIRECTORY : options.mavenDirectory;
  const hasMaven = mavenDirectory !== null && existsSync(resolve(mavenDirectory, 'sales_pipeline.csv'));
  const mavenRows = hasMaven
    ? runBacktest(buildMavenCase(mavenDirectory), { seed, forecast, onProgress: progress })
    : [];
  return {
    quick,
    seed,
    simulations: forecast.simulations,
    forecastOptions: options.forecast ?? {},
    ...summarise(syntheticRows),
    workspaceLevel: summarise(syntheticRows.filter((row) => row.scope === 'all')),
    productLevel: summarise(syntheticRows.filter((row) => row.scope !== 'all')),
    week6ByCase: Object.fromEntries(
      [...new Set(syntheticRows.map((row) => row.case))].map((label) => [
        label,
        scoreWeek(
          syntheticRows.filter((row) => row.case === label && row.week === 6),
          6,
        ),
      ]),
    ),
    maven: hasMaven ? summarise(mavenRows) : null,
    rows: { synthetic: syntheticRows.length, maven: mavenRows.length },
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const mode = process.argv.find((arg) => arg.startsWith('--expected-close='))?.split('=')[1];
  const isMode = (value: string | undefined): value is ForecastOptions['expectedClose'] =>
    value === 'covariate' || value === 'slippage' || value === 'ignore';
  const result = runForecastBenchmark({
    quick: process.argv.includes('--quick'),
    forecast: isMode(mode) ? { expectedClose: mode } : {},
    onProgress: (message) => process.stderr.write(`${message}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
