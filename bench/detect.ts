/**
 * Detection benchmark (DESIGN §4, issue 5 item 9): realised ARL0 of the production pipeline with estimated
 * baselines, conditional delays for −10/−20/−30 % steps against the oracle CUSUM at matched ARL0 and against
 * the naive month-end rule at the same false-alarm rate. Prints one JSON object; progress goes to stderr.
 * Run: `npx tsx bench/detect.ts [--quick]`.
 */
import { calibrateNaiveThreshold } from './detect-reference.ts';
import {
  ARL0_TARGET,
  type Budget,
  type ChangeOutcomes,
  type Context,
  RAMP_SIZE,
  runChanges,
  runNull,
  SHIFTS,
} from './detect-runs.ts';
import { SCENARIOS, type Scenario } from './detect-scenarios.ts';
import { mean, ratioOf, round, summariseDelays } from './detect-summary.ts';

export interface DetectBenchmarkOptions {
  quick?: boolean;
  seed?: number;
  log?: (message: string) => void;
}

/** One entry of `shifts`: our delays, the oracle's and the naive rules', and their ratios. */
function summariseChange(size: number, outcomes: ChangeOutcomes) {
  const ours = summariseDelays(outcomes.ours);
  const oracle = summariseDelays(outcomes.oracle);
  const naive = summariseDelays(outcomes.naive);
  const plan = summariseDelays(outcomes.plan);
  return {
    shiftPct: -Math.round(size * 100),
    ...ours,
    oracleDelay: oracle.meanDelay,
    oracleDelaySiegmund: round(mean(outcomes.siegmund)),
    oraclePDetected: oracle.pDetected,
    ratio: ratioOf(ours.meanDelay, oracle.meanDelay),
    naiveDelay: naive.meanDelay,
    naivePDetected: naive.pDetected,
    naiveOverOurs: ratioOf(naive.meanDelay, ours.meanDelay),
    naiveDelayPlan: plan.meanDelay,
    naivePlanPDetected: plan.pDetected,
    naivePlanOverOurs: ratioOf(plan.meanDelay, ours.meanDelay),
  };
}

function mergeOutcomes(all: readonly ChangeOutcomes[]): ChangeOutcomes {
  return {
    ours: all.flatMap((item) => item.ours),
    oracle: all.flatMap((item) => item.oracle),
    naive: all.flatMap((item) => item.naive),
    plan: all.flatMap((item) => item.plan),
    siegmund: all.flatMap((item) => item.siegmund),
  };
}

function runScenario(context: Context, scenario: Scenario) {
  context.log(`${scenario.name}: null runs`);
  const nullResult = runNull(context, { scenario, outlierRate: 0 });
  const naiveThreshold = calibrateNaiveThreshold(nullResult.naiveRatios, ARL0_TARGET);
  const planThreshold = calibrateNaiveThreshold(nullResult.planRatios, ARL0_TARGET);
  context.log(`${scenario.name}: null runs with outliers`);
  const outliers = runNull(context, { scenario, outlierRate: 0.02 });
  const base = { context, scenario, nullResult, naiveThreshold, planThreshold };
  const steps = SHIFTS.map((size) => {
    context.log(`${scenario.name}: step −${size * 100} %`);
    return runChanges({ ...base, shape: 'step', size });
  });
  context.log(`${scenario.name}: ramp −${RAMP_SIZE * 100} %`);
  const ramp = runChanges({ ...base, shape: 'ramp', size: RAMP_SIZE });
  return { scenario, nullResult, outliers, naiveThreshold, planThreshold, steps, ramp };
}

/** Runs the benchmark and returns the JSON object it prints. */
export function runDetectBenchmark(options: DetectBenchmarkOptions = {}) {
  const started = performance.now();
  const budget: Budget = options.quick
    ? { nullRuns: 60, shiftRuns: 40, calibrationRuns: 200 }
    : { nullRuns: 400, shiftRuns: 250, calibrationRuns: 600 };
  const context: Context = {
    seed: options.seed ?? 20_261_128,
    budget,
    thresholds: {},
    log: options.log ?? (() => {}),
  };
  const results = SCENARIOS.map((scenario) => runScenario(context, scenario));
  const alarms = results.reduce((sum, result) => sum + result.nullResult.alarms, 0);
  const weeks = results.reduce((sum, result) => sum + result.nullResult.weeks, 0);
  const outlierAlarms = results.reduce((sum, result) => sum + result.outliers.alarms, 0);
  const shifts = SHIFTS.map((size, s) =>
    summariseChange(size, mergeOutcomes(results.map((r) => r.steps[s]!))),
  );
  const ratios = shifts.map((shift) => shift.ratio).filter((ratio) => ratio !== null);
  const arl0 = weeks / Math.max(alarms, 1);
  const meanRatio = mean(ratios);
  return {
    arl0: round(arl0, 1),
    arl0Target: ARL0_TARGET,
    meanRatio: round(meanRatio, 3),
    shifts,
    targets: {
      arl0Within20Pct: Math.abs(arl0 / ARL0_TARGET - 1) <= 0.2,
      meanRatioAtMost115: meanRatio !== null && meanRatio <= 1.15,
      eachRatioAtMost13: ratios.length === shifts.length && ratios.every((ratio) => ratio <= 1.3),
      threeTimesFasterThanNaive: shifts.every((shift) => (shift.naiveOverOurs ?? 0) >= 3),
    },
    arl0WithOutliers: round(weeks / Math.max(outlierAlarms, 1), 1),
    ramp: { rampWeeks: 8, ...summariseChange(RAMP_SIZE, mergeOutcomes(results.map((r) => r.ramp))) },
    byScenario: results.map((result) => ({
      ...result.scenario,
      arl0: round(result.nullResult.weeks / Math.max(result.nullResult.alarms, 1), 1),
      arl0WithOutliers: round(result.outliers.weeks / Math.max(result.outliers.alarms, 1), 1),
      naiveThreshold: round(result.naiveThreshold, 3),
      naivePlanThreshold: round(result.planThreshold, 3),
      shifts: SHIFTS.map((size, s) => summariseChange(size, result.steps[s]!)),
    })),
    method: 'glr',
    changeWeeks: '105–156 of 208 (the monitored part of 53–156), uniform',
    naive:
      'month-end attainment (month-to-date / expected) below a threshold calibrated to ARL0 104; naiveDelay: expected = our estimated baseline; naiveDelayPlan: expected = the same weeks last year',
    oracle:
      'simulated CUSUM with the true baseline and shift, threshold calibrated to ARL0 104 on the same scenarios; oracleDelaySiegmund: (b − 1 + e^−b)/I₁ with I₀·ARL0 = e^b − b − 1',
    budget,
    calibrations: Object.keys(context.thresholds).length,
    seconds: round((performance.now() - started) / 1000, 1),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const log = (message: string) => process.stderr.write(`[detect] ${message}\n`);
  process.stdout.write(`${JSON.stringify(runDetectBenchmark({ quick, log }), null, 2)}\n`);
}
