/**
 * The simulation loops of the detection benchmark: our production pipeline on each synthetic series, the
 * oracle CUSUM and the naive month-end rule on the same series.
 */
import { addDays } from '../src/core/calendar.ts';
import { calibrateIncrements } from '../src/core/detect/calibrate.ts';
import { detectShifts } from '../src/core/detect/detect-shifts.ts';
import type { IndicatorSeries } from '../src/core/detect/series.ts';
import { findFirstAlarm, type IncrementPaths } from '../src/core/detect/statistic.ts';
import { createRandom, deriveSeed, type Random, sampleUniformInt } from '../src/core/random.ts';
import {
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
  type Scenario,
  type ScenarioRun,
  simulateRun,
  WEEK_STARTS,
} from './detect-scenarios.ts';
import { type RunOutcome, toOutcome } from './detect-summary.ts';

export const ARL0_TARGET = 104;
export const SHIFTS = [0.1, 0.2, 0.3];
export const RAMP_SIZE = 0.2;

export interface Budget {
  nullRuns: number;
  shiftRuns: number;
  calibrationRuns: number;
}

export interface Context {
  seed: number;
  budget: Budget;
  thresholds: Record<string, number>;
  log: (message: string) => void;
}

export interface OurRun {
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
export function runOurs(context: Context, { scenario, run }: SimulatedCase): OurRun {
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

export interface NullResult {
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

/**
 * In-control runs: our alarm count (for the realised ARL0), month-end attainments (to calibrate the naive rule)
 * and the oracle's thresholds per shift size, calibrated on these same runs.
 */
export function runNull(context: Context, { scenario, outlierRate }: NullSpec): NullResult {
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

export interface ChangeOutcomes {
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

/** Runs with a step or a ramp: the delays of ours, the oracle (steps only) and the naive rules, paired. */
export function runChanges(input: ChangeRunInput): ChangeOutcomes {
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
