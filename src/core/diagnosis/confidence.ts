/**
 * How sure the diagnosis is, 0–1, as the weighted sum of three parts a marketing manager can check:
 * - reps (40 %): how many reps answered; full marks from FULL_REPS reps on.
 * - agreement (30 %): do the answers name the barriers the lost reasons show? The overlap Σ min(p, q) of the
 *   lost-reason mix p and the mix q of the reps' naming (support normalised to sum 1): 1 = the same mix. Zero when
 *   one source is missing — nothing corroborates the other.
 * - precision (30 %): the width of the top barrier's 95 % interval; full marks up to 10 points, none from 50.
 */
import type { BarrierKey } from '../aida.ts';
import type { BarrierFinding, ConfidenceBreakdown } from './types.ts';

export const CONFIDENCE_WEIGHTS = { reps: 0.4, agreement: 0.3, precision: 0.3 } as const;
export const FULL_REPS = 5;
const FULL_PRECISION_WIDTH = 0.1;
const NO_PRECISION_WIDTH = 0.5;

export interface ConfidenceInput {
  ranked: readonly BarrierFinding[];
  repsAnswered: number;
  /** Share of the scope's deals owned by the reps who answered, 0–1 (reported, not scored). */
  coverage: number;
}

function computeOverlap(ranked: readonly BarrierFinding[]): number | null {
  const lost = new Map<BarrierKey, number>();
  const named = new Map<BarrierKey, number>();
  for (const finding of ranked) {
    if (finding.lostReasons.now) lost.set(finding.barrier, finding.lostReasons.now.share);
    named.set(finding.barrier, finding.answers.support?.estimate ?? 0);
  }
  const namedTotal = [...named.values()].reduce((sum, value) => sum + value, 0);
  if (lost.size === 0 || namedTotal <= 0) return null;
  return ranked.reduce(
    (sum, finding) =>
      sum + Math.min(lost.get(finding.barrier) ?? 0, (named.get(finding.barrier) ?? 0) / namedTotal),
    0,
  );
}

export function computeConfidence(input: ConfidenceInput): ConfidenceBreakdown {
  const repsFactor = Math.min(1, input.repsAnswered / FULL_REPS);
  const overlap = computeOverlap(input.ranked);
  const top = input.ranked[0]?.share;
  const width = top ? top.high - top.low : null;
  const precisionFactor =
    width === null
      ? 0
      : Math.min(1, Math.max(0, (NO_PRECISION_WIDTH - width) / (NO_PRECISION_WIDTH - FULL_PRECISION_WIDTH)));
  const agreementFactor = overlap ?? 0;
  const value =
    CONFIDENCE_WEIGHTS.reps * repsFactor +
    CONFIDENCE_WEIGHTS.agreement * agreementFactor +
    CONFIDENCE_WEIGHTS.precision * precisionFactor;
  return {
    value,
    reps: { answered: input.repsAnswered, coverage: input.coverage, factor: repsFactor },
    agreement: { overlap, factor: agreementFactor },
    precision: { topIntervalWidth: width, factor: precisionFactor },
  };
}
