/**
 * Where the detection delay gap to the oracle comes from (issue 5 item 9). On the `detect` benchmark's own
 * series (same seeds), statistics between the oracle and production, each with its threshold re-calibrated on
 * the same in-control runs to ARL0 104, so only one thing changes at a time:
 * - baseline: true, production's estimate (refitted every 13 weeks with a 26-week lag), or frozen (history only);
 * - shift size: the true one (one CUSUM) or our grid (GLR over the chart ratios).
 * Production (its own simulated thresholds) is run too, and the naive rule without the window's truncation.
 * Run: `npm run bench -- detect-gap [--quick]`.
 */
import { calibrateIncrements } from '../src/core/detect/calibrate.ts';
import { GLR_DECLINE_RATIOS } from '../src/core/detect/monitor.ts';
import { findFirstAlarm, type IncrementPaths, traceStatistic } from '../src/core/detect/statistic.ts';
import { createRandom, deriveSeed, sampleUniformInt } from '../src/core/random.ts';
import { computeUntruncatedNaiveDelay, type NaiveCase } from './detect-gap-naive.ts';
import { type BaselineView, computeIncrements, computeViews } from './detect-gap-views.ts';
import { calibrateNaiveThreshold, computeMonthEndAttainment } from './detect-reference.ts';
import { ARL0_TARGET, type Context, runOurs, SHIFTS } from './detect-runs.ts';
import { HISTORY_WEEKS, MONITORED_WEEKS, SCENARIOS, type Scenario, simulateRun } from './detect-scenarios.ts';
import { mean, type RunOutcome, ratioOf, round, summariseDelays, toOutcome } from './detect-summary.ts';

interface Variant {
  name: string;
  view: BaselineView;
  /** `shift`: one CUSUM at the true shift size; `grid`: production's GLR over its chart ratios. */
  ratios: 'shift' | 'grid';
}

const VARIANTS: Variant[] = [
  { name: 'oracle', view: 'true', ratios: 'shift' },
  { name: 'trueBaselineGrid', view: 'true', ratios: 'grid' },
  { name: 'levelOnlyShift', view: 'levelOnly', ratios: 'shift' },
  { name: 'levelTrendShift', view: 'levelTrend', ratios: 'shift' },
  { name: 'refittedShift', view: 'refitted', ratios: 'shift' },
  { name: 'frozenShift', view: 'frozen', ratios: 'shift' },
  { name: 'refittedGrid', view: 'refitted', ratios: 'grid' },
  { name: 'frozenGrid', view: 'frozen', ratios: 'grid' },
];
const PRODUCTION = 'production';
/**
 * The same detectors counted differently: every run counts, and the delay is to the first alarm at or after
 * the change, the statistic having restarted after each earlier false alarm (as production re-arms).
 */
const RESTARTED = ['oracleRestarted', 'productionRestarted'];

/** Delay to the first alarm at or after the change, false alarms before it ignored. */
function toRestartedOutcome(alarms: readonly number[], window: { start: number; weeks: number }) {
  return toOutcome(
    alarms.filter((alarm) => alarm >= window.start),
    window,
  );
}

function ratiosOf(variant: Variant, size: number): number[] {
  return variant.ratios === 'grid' ? GLR_DECLINE_RATIOS : [1 - size];
}

type Outcomes = Record<string, RunOutcome[][]>;

/** Thresholds per variant and shift, calibrated on in-control runs; also production's realised alarms. */
function calibrateScenario(context: Context, scenario: Scenario) {
  const random = createRandom(deriveSeed(context.seed, `${scenario.name}:null:0`));
  const change = { shape: 'none' as const, size: 0, start: 0 };
  const paths = VARIANTS.map(() => SHIFTS.map((): IncrementPaths[] => []));
  const naiveRatios: number[][] = [];
  let alarms = 0;
  for (let r = 0; r < context.budget.nullRuns; r++) {
    const run = simulateRun({ scenario, change, outlierRate: 0 }, random);
    const ours = runOurs(context, { scenario, run });
    alarms += ours.alarms.length;
    naiveRatios.push(computeMonthEndAttainment(run.y.subarray(HISTORY_WEEKS), ours.expected));
    const views = computeViews(scenario, run);
    VARIANTS.forEach((variant, v) => {
      SHIFTS.forEach((size, s) => {
        paths[v]![s]!.push(computeIncrements(views[variant.view], ratiosOf(variant, size), run.y));
      });
    });
  }
  const thresholds = paths.map((bySize) =>
    bySize.map((runs) => calibrateIncrements(runs, ARL0_TARGET).threshold),
  );
  const naiveThreshold = calibrateNaiveThreshold(naiveRatios, ARL0_TARGET);
  return {
    thresholds,
    naiveThreshold,
    arl0: (context.budget.nullRuns * MONITORED_WEEKS) / Math.max(alarms, 1),
  };
}

function runScenario(context: Context, scenario: Scenario, outcomes: Outcomes) {
  context.log(`${scenario.name}: calibration on null runs`);
  const calibration = calibrateScenario(context, scenario);
  const naive: number[] = [];
  SHIFTS.forEach((size, s) => {
    context.log(`${scenario.name}: step −${size * 100} %`);
    const random = createRandom(deriveSeed(context.seed, `${scenario.name}:step:${size}`));
    const naiveCases: NaiveCase[] = [];
    for (let r = 0; r < context.budget.shiftRuns; r++) {
      const change = {
        shape: 'step' as const,
        size,
        start: sampleUniformInt(random, HISTORY_WEEKS, HISTORY_WEEKS + 51),
      };
      const run = simulateRun({ scenario, change, outlierRate: 0 }, random);
      const window = { start: change.start - HISTORY_WEEKS, weeks: MONITORED_WEEKS };
      const ours = runOurs(context, { scenario, run });
      outcomes[PRODUCTION]![s]!.push(toOutcome(ours.alarms, window));
      outcomes.productionRestarted![s]!.push(toRestartedOutcome(ours.alarms, window));
      naiveCases.push({
        ratios: computeMonthEndAttainment(run.y.subarray(HISTORY_WEEKS), ours.expected),
        start: window.start,
      });
      const views = computeViews(scenario, run);
      VARIANTS.forEach((variant, v) => {
        const paths = computeIncrements(views[variant.view], ratiosOf(variant, size), run.y);
        const threshold = calibration.thresholds[v]![s]!;
        const alarm = findFirstAlarm(paths, threshold);
        outcomes[variant.name]![s]!.push(toOutcome(alarm < 0 ? [] : [alarm], window));
        if (variant.name !== 'oracle') return;
        const alarms = traceStatistic(paths, threshold).alarms.map((item) => item.index);
        outcomes.oracleRestarted![s]!.push(toRestartedOutcome(alarms, window));
      });
    }
    naive.push(computeUntruncatedNaiveDelay(naiveCases, calibration.naiveThreshold).meanDelay);
  });
  return {
    name: scenario.name,
    productionArl0: round(calibration.arl0, 1),
    thresholds: calibration.thresholds,
    naive,
  };
}

/** Mean delays per shift and their ratio to the oracle counted the same way (restarted or not). */
function summariseVariants(outcomes: Outcomes) {
  const delaysOf = (name: string) => SHIFTS.map((_, s) => summariseDelays(outcomes[name]![s]!).meanDelay);
  const oracle = delaysOf('oracle');
  const oracleRestarted = delaysOf('oracleRestarted');
  return Object.fromEntries(
    Object.entries(outcomes).map(([name, bySize]) => {
      const reference = RESTARTED.includes(name) ? oracleRestarted : oracle;
      const delays = bySize.map((runs) => summariseDelays(runs));
      const ratios = delays.map((delay, s) => ratioOf(delay.meanDelay, reference[s]!));
      const detected = delays.map((delay) => delay.pDetected);
      const meanDelays = delays.map((delay) => delay.meanDelay);
      return [
        name,
        { meanDelays, pDetected: detected, ratios, meanRatio: round(mean(ratios.map(Number)), 3) },
      ];
    }),
  );
}

/** Runs the decomposition and returns the JSON object it prints. */
export function runDetectGapBenchmark(options: { quick?: boolean; log?: (message: string) => void } = {}) {
  const started = performance.now();
  const budget = options.quick
    ? { nullRuns: 60, shiftRuns: 40, calibrationRuns: 200 }
    : { nullRuns: 400, shiftRuns: 250, calibrationRuns: 600 };
  const context: Context = { seed: 20_261_128, budget, thresholds: {}, log: options.log ?? (() => {}) };
  const names = [...VARIANTS.map((variant) => variant.name), PRODUCTION, ...RESTARTED];
  const outcomes: Outcomes = Object.fromEntries(names.map((name) => [name, SHIFTS.map(() => [])]));
  const scenarios = SCENARIOS.map((scenario) => runScenario(context, scenario, outcomes));
  const variants = summariseVariants(outcomes);
  const naiveUntruncated = SHIFTS.map((_, s) => round(mean(scenarios.map((item) => item.naive[s]!))));
  return {
    shiftsPct: SHIFTS.map((size) => -Math.round(size * 100)),
    variants,
    naiveUntruncated,
    naiveUntruncatedOverOracle: naiveUntruncated.map((delay, s) =>
      ratioOf(delay, variants.oracle!.meanDelays[s]!),
    ),
    byScenario: scenarios.map((item) => ({
      name: item.name,
      productionArl0: item.productionArl0,
      thresholds: Object.fromEntries(
        VARIANTS.map((variant, v) => [variant.name, item.thresholds[v]!.map((h) => round(h))]),
      ),
    })),
    productionThresholds: Object.fromEntries(
      Object.entries(context.thresholds).map(([key, h]) => [key, round(h)]),
    ),
    budget,
    seconds: round((performance.now() - started) / 1000, 1),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (message: string) => process.stderr.write(`[detect-gap] ${message}\n`);
  const result = runDetectGapBenchmark({ quick: process.argv.includes('--quick'), log });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
