/**
 * Detection benchmark (DESIGN §4, issue 5 item 9): realised ARL0 of the production pipeline with estimated
 * baselines, conditional delays for −10/−20/−30 % steps against the oracle CUSUM at matched ARL0 and against
 * the naive month-end rule at the same false-alarm rate. Prints one JSON object; progress goes to stderr.
 * Run: `npx tsx bench/detect.ts [--quick]`.
 */
import { addDays } from '../src/core/calendar.ts';
import { calibrateIncrements } from '../src/core/detect/calibrate.ts';
import { detectShifts } from '../src/core/detect/detect-shifts.ts';
import type { IndicatorSeries } from '../src/core/detect/series.ts';
import { findFirstAlarm, type IncrementPaths } from '../src/core/detect/statistic.ts';
import { createRandom, deriveSeed, type Random, sampleUniformInt } from '../src/core/random.ts';
import {
  calibrateNaiveThreshold,
  computeMonthEndAttainment,
  computeOracleIncrements,
  computeSiegmundDelay,
  findNaiveAlarm,
  type SimulatedCase,
} from './detect-reference.ts';
import {
  type ChangeSpec,
  HISTORY_WEEKS,
  MONITORED_WEEKS,
  SCENARIOS,
  type Scenario,
  type ScenarioRun,
  simulateRun,
  WEEK_STARTS,
} from './detect-scenarios.ts';
import { mean, type RunOutcome, ratioOf, round, summariseDelays, toOutcome } from './detect-summary.ts';

export interface DetectBenchmarkOptions {
  quick?: boolean;
  seed?: number;
  log?: (message: string) => void;
}

const ARL0_TARGET = 104;
const SHIFTS = [0.1, 0.2, 0.3];
const RAMP_SIZE = 0.2;

interface Budget {
  nullRuns: number;
  shiftRuns: number;
  calibrationRuns: number;
}

interface Context {
  seed: number;
  budget: Budget;
  thresholds: Record<string, number>;
  log: (message: string) => void;
}

interface OurRun {
  alarms: number[];
  /** Expected observation per monitored week (count, or successes = p × trials), for the naive rule. */
  expected: Float64Array;
}

function toSeries(scenario: Scenario, run: ScenarioRun): IndicatorSeries {
  const isCount = scenario.family === 'count';
  return {
    key: isCount ? 'new_opportunities' : 'win_rate',
    family: scenario.family,
    badDirection: 'down',
    aidaStage: isCount ? 'interest' : 'desire',
    isLeading: true,
    scope: {},
    weeks: WEEK_STARTS.map((weekStart, i) => ({ weekStart, value: run.y[i]!, n: run.n[i]! })),
  };
}

/** Our production pipeline, exactly as a scan runs it, with history = the first 104 weeks. */
function runOurs(context: Context, { scenario, run }: SimulatedCase): OurRun {
  const result = detectShifts({
    series: [toSeries(scenario, run)],
    asOf: addDays(WEEK_STARTS.at(-1)!, 6),
    settings: { falseAlarmWeeks: ARL0_TARGET, watchedIndicators: [], fiscalYearStartMonth: 1 },
    seed: context.seed,
    thresholds: context.thresholds,
    monitorFrom: WEEK_STARTS[HISTORY_WEEKS],
    calibration: { runs: context.budget.calibrationRuns },
  });
  Object.assign(context.thresholds, result.thresholds);
  const detection = result.results[0]!;
  const indexOf = (week: string) => WEEK_STARTS.indexOf(week) - HISTORY_WEEKS;
  const expected = Float64Array.from(detection.weeks, (week, k) => {
    const trials = run.n[HISTORY_WEEKS + k]!;
    return scenario.family === 'binomial' ? week.expected * trials : week.expected;
  });
  return { alarms: detection.alarms.map((alarm) => indexOf(alarm.week)), expected };
}

function observedMonitored(run: ScenarioRun): Float64Array {
  return run.y.subarray(HISTORY_WEEKS);
}

/** Last year's same weeks: the plan a manager compares month-end attainment with. */
function lastYearMonitored(run: ScenarioRun): Float64Array {
  return run.y.subarray(HISTORY_WEEKS - 52, HISTORY_WEEKS - 52 + MONITORED_WEEKS);
}

interface NullResult {
  alarms: number;
  weeks: number;
  naiveRatios: number[][];
  planRatios: number[][];
  oracleThresholds: number[];
}

interface NullSpec {
  scenario: Scenario;
  outlierRate: number;
}

function runNull(context: Context, { scenario, outlierRate }: NullSpec): NullResult {
  const random = createRandom(deriveSeed(context.seed, `${scenario.name}:null:${outlierRate}`));
  const change: ChangeSpec = { shape: 'none', size: 0, start: 0 };
  const oracleRuns: IncrementPaths[][] = SHIFTS.map(() => []);
  const naiveRatios: number[][] = [];
  const planRatios: number[][] = [];
  let alarms = 0;
  for (let r = 0; r < context.budget.nullRuns; r++) {
    const run = simulateRun({ scenario, change, outlierRate }, random);
    const ours = runOurs(context, { scenario, run });
    alarms += ours.alarms.length;
    naiveRatios.push(computeMonthEndAttainment(observedMonitored(run), ours.expected));
    planRatios.push(computeMonthEndAttainment(observedMonitored(run), lastYearMonitored(run)));
    SHIFTS.forEach((size, s) => {
      oracleRuns[s]!.push(computeOracleIncrements({ scenario, run }, 1 - size));
    });
  }
  const oracleThresholds = oracleRuns.map((runs) => calibrateIncrements(runs, ARL0_TARGET).threshold);
  const weeks = context.budget.nullRuns * MONITORED_WEEKS;
  return { alarms, weeks, naiveRatios, planRatios, oracleThresholds };
}

interface ChangeOutcomes {
  ours: RunOutcome[];
  oracle: RunOutcome[];
  naive: RunOutcome[];
  plan: RunOutcome[];
  siegmund: number[];
}

interface ChangeRunInput {
  context: Context;
  scenario: Scenario;
  shape: 'step' | 'ramp';
  size: number;
  nullResult: NullResult;
  naiveThreshold: number;
  planThreshold: number;
}

function drawChange(random: Random, change: Pick<ChangeSpec, 'shape' | 'size'>): ChangeSpec {
  // Weeks 105–156 of 208 (1-based): the monitored part of DESIGN's 53–156, leaving ≥ 52 weeks to detect.
  return { ...change, start: sampleUniformInt(random, HISTORY_WEEKS, HISTORY_WEEKS + 51) };
}

function runChanges(input: ChangeRunInput): ChangeOutcomes {
  const { context, scenario, size } = input;
  const random = createRandom(deriveSeed(context.seed, `${scenario.name}:${input.shape}:${size}`));
  const shiftIndex = SHIFTS.indexOf(size);
  const outcomes: ChangeOutcomes = { ours: [], oracle: [], naive: [], plan: [], siegmund: [] };
  for (let r = 0; r < context.budget.shiftRuns; r++) {
    const change = drawChange(random, { shape: input.shape, size });
    const run = simulateRun({ scenario, change, outlierRate: 0 }, random);
    const start = change.start - HISTORY_WEEKS;
    const ours = runOurs(context, { scenario, run });
    outcomes.ours.push(toOutcome(ours.alarms, { start, weeks: MONITORED_WEEKS }));
    const ratios = computeMonthEndAttainment(observedMonitored(run), ours.expected);
    const naive = findNaiveAlarm(ratios, input.naiveThreshold);
    outcomes.naive.push(toOutcome(naive < 0 ? [] : [naive], { start, weeks: MONITORED_WEEKS }));
    const planRatios = computeMonthEndAttainment(observedMonitored(run), lastYearMonitored(run));
    const plan = findNaiveAlarm(planRatios, input.planThreshold);
    outcomes.plan.push(toOutcome(plan < 0 ? [] : [plan], { start, weeks: MONITORED_WEEKS }));
    if (input.shape !== 'step') continue;
    const increments = computeOracleIncrements({ scenario, run }, 1 - size);
    const oracle = findFirstAlarm(increments, input.nullResult.oracleThresholds[shiftIndex]!);
    outcomes.oracle.push(toOutcome(oracle < 0 ? [] : [oracle], { start, weeks: MONITORED_WEEKS }));
    const siegmund = { scenario, run, ratio: 1 - size, changeStart: change.start, arl0: ARL0_TARGET };
    outcomes.siegmund.push(computeSiegmundDelay(siegmund));
  }
  return outcomes;
}

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
