/**
 * The two baselines the forecast must beat (DESIGN §4): the seasonal run-rate (booked so far ÷ the share of a
 * period historically booked by the same day) and the stage-weighted pipeline with the CRM's default stage
 * probabilities. Shown next to the forecast and used by the benchmark.
 */
import { type FiscalCalendar, listPeriods, type Period, toEpochDay } from '../calendar.ts';
import type { StageDefinition, TargetMeasure } from '../types.ts';
import { computeMeasureValue, type IndexedDeal } from './pipeline-index.ts';

/** Past periods pooled for the run-rate share, by period kind. */
const SHARE_PERIODS = { month: 12, quarter: 8, year: 2 } as const;
/** Below this share (the first days of a period) booked ÷ share explodes; the past periods' mean is used. */
const MIN_SHARE = 0.05;

export interface BaselineInput {
  /** The scope's deals after the as-of cut. */
  deals: readonly IndexedDeal[];
  asOfDay: number;
  firstDay: number;
  period: Period;
  calendar: FiscalCalendar;
  measure: TargetMeasure;
  stages: readonly StageDefinition[];
}

export interface BaselineForecasts {
  /** null when no complete past period is in the data. */
  runRate: number | null;
  /** Share of a period's bookings historically booked by this day of the period. */
  historicalShare: number | null;
  stageWeightedPipeline: number;
}

/** Sum of the measure over deals won with a close in [fromDay, toDay]. */
export function computeBooked(
  deals: readonly IndexedDeal[],
  range: { fromDay: number; toDay: number },
  measure: TargetMeasure,
): number {
  let booked = 0;
  for (const item of deals) {
    if (item.deal.outcome !== 'won' || item.closedDay === null) continue;
    if (item.closedDay >= range.fromDay && item.closedDay <= range.toDay) {
      booked += computeMeasureValue(item.deal, measure);
    }
  }
  return booked;
}

/**
 * `computeBooked` for any range inside `span`, from running totals per day: one pass over the deals instead of
 * two per past period. Sums of whole cents or counts, so the totals are exact either way.
 */
function createBookedByDay(input: BaselineInput, span: { fromDay: number; toDay: number }) {
  const running = new Float64Array(span.toDay - span.fromDay + 2);
  for (const item of input.deals) {
    if (item.deal.outcome !== 'won' || item.closedDay === null) continue;
    if (item.closedDay < span.fromDay || item.closedDay > span.toDay) continue;
    running[item.closedDay - span.fromDay + 1]! += computeMeasureValue(item.deal, input.measure);
  }
  for (let i = 1; i < running.length; i++) running[i]! += running[i - 1]!;
  return (range: { fromDay: number; toDay: number }) => {
    const from = Math.max(range.fromDay, span.fromDay) - span.fromDay;
    const to = Math.min(range.toDay, span.toDay) - span.fromDay + 1;
    return to > from ? running[to]! - running[from]! : 0;
  };
}

function computeRunRate(
  input: BaselineInput,
  booked: number,
): Pick<BaselineForecasts, 'runRate' | 'historicalShare'> {
  const startDay = toEpochDay(input.period.start);
  const elapsed = input.asOfDay - startDay;
  const kind = input.period.kind;
  const lookback = listPeriods(kind, shiftYears(input.period.start, kind), input.period.start, input.calendar)
    .filter((period) => period.end < input.period.start && toEpochDay(period.start) >= input.firstDay)
    .slice(-SHARE_PERIODS[kind]);
  if (lookback.length === 0) return { runRate: null, historicalShare: null };
  const bookedIn = createBookedByDay(input, {
    fromDay: Math.min(...lookback.map((period) => toEpochDay(period.start))),
    toDay: Math.max(...lookback.map((period) => toEpochDay(period.end))),
  });
  let bookedBy = 0;
  let total = 0;
  for (const period of lookback) {
    const fromDay = toEpochDay(period.start);
    const toDay = toEpochDay(period.end);
    total += bookedIn({ fromDay, toDay });
    bookedBy += bookedIn({ fromDay, toDay: Math.min(toDay, fromDay + elapsed) });
  }
  if (total <= 0) return { runRate: booked, historicalShare: null };
  const share = bookedBy / total;
  const runRate = share >= MIN_SHARE ? booked / share : total / lookback.length;
  return { runRate, historicalShare: share };
}

/** The first day of the year-long stretch (or three years for yearly periods) before a period's start. */
function shiftYears(start: string, kind: Period['kind']): string {
  const years = kind === 'year' ? SHARE_PERIODS.year + 1 : 2;
  return `${Number(start.slice(0, 4)) - years}${start.slice(4)}`;
}

/**
 * Booked + Σ open amount × default probability of its stage, over open deals whose expected close falls in the
 * period (as a CRM forecast view selects them: deals overdue from earlier periods drop out) or that have none.
 */
function computeStageWeighted(input: BaselineInput, booked: number): number {
  const probabilities = new Map(input.stages.map((stage) => [stage.name, stage.defaultProbability]));
  const startDay = toEpochDay(input.period.start);
  const endDay = toEpochDay(input.period.end);
  let weighted = booked;
  for (const item of input.deals) {
    if (item.closedDay !== null) continue;
    const expected = item.expectedCloseDay;
    if (expected !== null && (expected < startDay || expected > endDay)) continue;
    weighted += computeMeasureValue(item.deal, input.measure) * (probabilities.get(item.deal.stage) ?? 0);
  }
  return weighted;
}

/** Both baselines for one scope, period and measure. */
export function computeBaselines(input: BaselineInput): BaselineForecasts {
  const startDay = toEpochDay(input.period.start);
  const endDay = toEpochDay(input.period.end);
  const booked = computeBooked(
    input.deals,
    { fromDay: startDay, toDay: Math.min(endDay, input.asOfDay) },
    input.measure,
  );
  return { ...computeRunRate(input, booked), stageWeightedPipeline: computeStageWeighted(input, booked) };
}
