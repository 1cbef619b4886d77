/**
 * KPI goals derived from the gap, not guessed (issue 7): to close a projected shortfall X at win rate w and
 * average deal size d, the campaign needs N = ⌈X / (w·d)⌉ more qualified opportunities, created by
 * W = period end − cycle time so that they can close in the period. When W has passed, new opportunities
 * cannot close this period any more: the goal moves to the next period and says so.
 */
import {
  addDays,
  daysBetween,
  type FiscalCalendar,
  type IsoDate,
  isoWeekKey,
  type Period,
  parsePeriodKey,
  periodOf,
} from '../calendar.ts';
import { AppError } from '../errors.ts';
import { listGapSteps } from './gap-steps.ts';

export interface GapGoalInput {
  asOf: IsoDate;
  /** The alert's period key (`2026-Q4`, `2026-11`, `2026`). */
  period: string;
  shortfallCents: number;
  winRate: number;
  averageDealCents: number;
  cycleDays: number;
  leadToOpportunityRate?: number | null;
  /** The scope's current creation rate, to say how much more the goal asks for. */
  opportunitiesPerWeek?: number | null;
  calendar?: FiscalCalendar;
}

export type GapGoalStatus = 'in_time' | 'too_late' | 'no_gap' | 'not_computable';

export type GapStepKey =
  | 'value_per_opportunity'
  | 'opportunities_needed'
  | 'leads_needed'
  | 'deadline'
  | 'deadline_passed'
  | 'per_week';

/** One line of the arithmetic, with the numbers that went in and the result (for display). */
export interface GapStep {
  key: GapStepKey;
  inputs: Record<string, number | string>;
  result: number | string;
}

export interface GapGoal {
  status: GapGoalStatus;
  /** Inputs that were missing or not positive (status `not_computable`). */
  missing: string[];
  shortfallCents: number;
  winRate: number;
  averageDealCents: number;
  cycleDays: number;
  leadToOpportunityRate: number | null;
  /** w·d: expected bookings per new opportunity. */
  valuePerOpportunityCents: number;
  opportunitiesNeeded: number;
  leadsNeeded: number | null;
  /** The period the goal is for: the alert's, or the next one when it is too late. */
  period: string;
  periodEnd: IsoDate;
  /** W: the last day a new opportunity can be created and, on average, close in `period`. */
  deadline: IsoDate;
  deadlineWeek: string;
  weeksToDeadline: number;
  opportunitiesPerWeekNeeded: number | null;
  leadsPerWeekNeeded: number | null;
  /** Needed weekly opportunities ÷ the current rate − 1 (0.4 = 40 % more than now). */
  liftOverRunRate: number | null;
  /** When the goal moved: the alert's period and the deadline that passed. */
  missedPeriod: { period: string; periodEnd: IsoDate; deadline: IsoDate } | null;
  steps: GapStep[];
}

function findMissing(input: GapGoalInput): string[] {
  const required = { winRate: input.winRate, averageDealCents: input.averageDealCents };
  const missing = Object.entries(required)
    .filter(([, value]) => !(Number.isFinite(value) && value > 0))
    .map(([key]) => key);
  if (!(Number.isFinite(input.cycleDays) && input.cycleDays >= 0)) missing.push('cycleDays');
  return missing;
}

function resolvePeriods(input: GapGoalInput) {
  const current = parsePeriodKey(input.period, input.calendar);
  if (!current) {
    throw new AppError(
      'VALIDATION',
      `period "${input.period}" is not a period key (2026-Q4, 2026-11 or 2026)`,
      [{ field: 'period', value: input.period, message: 'expected 2026-Q4, 2026-11 or 2026' }],
    );
  }
  const next = periodOf(addDays(current.end, 1), current.kind, input.calendar);
  return { current, next };
}

interface Timing {
  period: Period;
  deadline: IsoDate;
  missedPeriod: GapGoal['missedPeriod'];
}

/** W = period end − cycle time; when W has passed, the same arithmetic on the next period. */
function computeTiming(input: GapGoalInput, cycleDays: number): Timing {
  const { current, next } = resolvePeriods(input);
  const originalDeadline = addDays(current.end, -cycleDays);
  if (originalDeadline >= input.asOf)
    return { period: current, deadline: originalDeadline, missedPeriod: null };
  return {
    period: next,
    deadline: addDays(next.end, -cycleDays),
    missedPeriod: { period: current.key, periodEnd: current.end, deadline: originalDeadline },
  };
}

function computeAmounts(input: GapGoalInput, missing: readonly string[]) {
  const valuePerOpportunityCents = missing.length === 0 ? input.winRate * input.averageDealCents : 0;
  const opportunitiesNeeded =
    input.shortfallCents > 0 && valuePerOpportunityCents > 0
      ? Math.ceil(input.shortfallCents / valuePerOpportunityCents)
      : 0;
  const rate = input.leadToOpportunityRate ?? null;
  const leadsNeeded = rate !== null && rate > 0 ? Math.ceil(opportunitiesNeeded / rate) : null;
  return { valuePerOpportunityCents, opportunitiesNeeded, leadToOpportunityRate: rate, leadsNeeded };
}

/** The opportunities (and leads) a campaign must add to close the gap, with the arithmetic as steps. */
export function computeGapGoal(input: GapGoalInput): GapGoal {
  const missing = findMissing(input);
  const cycleDays = Math.max(0, Math.round(input.cycleDays));
  const { period, deadline, missedPeriod } = computeTiming(input, cycleDays);
  const amounts = computeAmounts(input, missing);
  const { opportunitiesNeeded, leadsNeeded } = amounts;
  const weeksToDeadline = Math.max(0, daysBetween(input.asOf, deadline)) / 7;
  // At least one week: a goal due this week is still spread over the week the campaign needs to start.
  const weeks = Math.max(1, weeksToDeadline);
  const perWeek = opportunitiesNeeded / weeks;
  const runRate = input.opportunitiesPerWeek ?? null;
  const status: GapGoalStatus =
    missing.length > 0
      ? 'not_computable'
      : input.shortfallCents <= 0
        ? 'no_gap'
        : missedPeriod
          ? 'too_late'
          : 'in_time';
  const goal: Omit<GapGoal, 'steps'> = {
    status,
    missing,
    shortfallCents: Math.max(0, input.shortfallCents),
    winRate: input.winRate,
    averageDealCents: input.averageDealCents,
    cycleDays,
    ...amounts,
    period: period.key,
    periodEnd: period.end,
    deadline,
    deadlineWeek: isoWeekKey(deadline),
    weeksToDeadline,
    opportunitiesPerWeekNeeded: opportunitiesNeeded > 0 ? perWeek : null,
    leadsPerWeekNeeded: leadsNeeded !== null && leadsNeeded > 0 ? leadsNeeded / weeks : null,
    liftOverRunRate: runRate !== null && runRate > 0 && opportunitiesNeeded > 0 ? perWeek / runRate : null,
    missedPeriod,
  };
  return { ...goal, steps: listGapSteps(goal, input.asOf) };
}
