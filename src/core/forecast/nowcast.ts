/**
 * Nowcast of the current period's shock: the deals open when the period began have had part of the period to
 * close, and how many of them were won so far, against what the win curves expected, says whether this period
 * runs hot or cold. The period's log-odds shift (variance σ² from the workspace's history, shock.ts) is split
 * into a part that persists through the period and a part that does not (half each: the data rarely allow
 * telling them apart). The period so far observes persistent + its own transient part + binomial noise, as
 * y = log(observed / expected) / (1 − p̄); a normal–normal update gives the persistent part, and the rest of the
 * period gets that plus a fresh transient part. So the update is at most half the observed deviation and the
 * interval never narrows below the transient spread: early in a period the prior dominates, and a mid-period
 * decline moves the forecast as it shows.
 */
import type { Scope } from '../types.ts';
import { type ForecastContext, findCurvesForWeek } from './context.ts';
import { HORIZON_DAYS } from './incidence.ts';
import { listDealIndexesInScope } from './pipeline-index.ts';
import { EVENT_WON } from './snapshots.ts';

export interface WinNowcast {
  /** Posterior mean and SD of the period's shift of win log-odds. */
  mean: number;
  sd: number;
  /** Deals open on the snapshot day nearest the period start, won since, and what the curves expected. */
  openAtStart: number;
  observed: number;
  expected: number;
}

/** Share of the period shift's variance that persists through the period. */
export const PERSISTENT_SHARE = 0.5;

export interface NowcastInput {
  context: ForecastContext;
  scope: Scope;
  periodStartDay: number;
}

interface Evidence {
  count: number;
  observed: number;
  expected: number;
  variance: number;
  /** Σ p_h · p_∞, to weight the mean eventual win probability. */
  eventualWeighted: number;
}

function collectEvidence({ context, scope }: NowcastInput, step: number): Evidence {
  const { records, index } = context;
  const snapshotDay = index.asOfDay - step * records.spacingDays;
  const horizon = Math.min(step * records.spacingDays, HORIZON_DAYS);
  const curves = findCurvesForWeek(context, context.phase.findWeek(snapshotDay)).forScope(scope);
  const evidence: Evidence = { count: 0, observed: 0, expected: 0, variance: 0, eventualWeighted: 0 };
  for (const dealIndex of listDealIndexesInScope(index, scope)) {
    if (index.deals[dealIndex]!.createdDay > snapshotDay) continue;
    for (let r = records.dealStart[dealIndex]!; r < records.dealStart[dealIndex + 1]!; r++) {
      if (records.step[r] !== step) continue;
      const curve = curves.findCellCurve(records.cellKey[r]!);
      const p = curve[horizon]!;
      evidence.count++;
      evidence.expected += p;
      evidence.variance += p * (1 - p);
      evidence.eventualWeighted += p * curve[HORIZON_DAYS]!;
      if (records.event[r] === EVENT_WON && records.timeDays[r]! <= horizon) evidence.observed++;
    }
  }
  return evidence;
}

/** The posterior of the period's win-odds shift for one scope; the prior when the period has not begun. */
export function nowcastWinShift(input: NowcastInput): WinNowcast {
  const { context, periodStartDay } = input;
  const sigma = context.shock.sigmaWin;
  const prior: WinNowcast = { mean: 0, sd: sigma, openAtStart: 0, observed: 0, expected: 0 };
  const step = Math.round((context.index.asOfDay - periodStartDay) / context.records.spacingDays);
  if (step < 1) return prior;
  const evidence = collectEvidence(input, step);
  if (evidence.expected < 1) return { ...prior, openAtStart: evidence.count, expected: evidence.expected };
  // A log-odds shift δ changes the chance of a win by about δ·(1 − p∞) on the log scale.
  const damping = Math.max(0.05, 1 - evidence.eventualWeighted / evidence.expected);
  const observation = Math.log((evidence.observed + 0.5) / (evidence.expected + 0.5)) / damping;
  const observationVariance = evidence.variance / evidence.expected ** 2 / damping ** 2;
  const persistentVariance = PERSISTENT_SHARE * sigma * sigma;
  const transientVariance = sigma * sigma - persistentVariance;
  const noiseVariance = transientVariance + observationVariance;
  const weight = persistentVariance / (persistentVariance + noiseVariance);
  return {
    mean: weight * observation,
    sd: Math.sqrt(weight * noiseVariance + transientVariance),
    openAtStart: evidence.count,
    observed: evidence.observed,
    expected: evidence.expected,
  };
}
