/** Small builders for hand-made diagnosis inputs in tests. */
import type { BarrierKey } from '../aida.ts';
import type { CodedLostReason, DiagnosisAnswer, DiagnosisInput } from './types.ts';

let nextDealId = 1;

/** `count` lost deals coded to `barrier` (null: no reason written). */
export function buildLost(
  barrier: BarrierKey | 'unknown' | null,
  count: number,
  text?: string,
): CodedLostReason[] {
  return Array.from({ length: count }, () => ({
    dealId: nextDealId++,
    barrier,
    text: text ?? (barrier ? `reason ${barrier}` : null),
    competitor: null,
    amountCents: 3_000_000,
  }));
}

/** Lost deals in the given mix, e.g. { price_perceived_high: 40, competitor_preferred: 30 }. */
export function buildMix(mix: Partial<Record<BarrierKey, number>>): CodedLostReason[] {
  return Object.entries(mix).flatMap(([barrier, count]) => buildLost(barrier as BarrierKey, count ?? 0));
}

export function buildInput(parts: Partial<DiagnosisInput> & { current?: CodedLostReason[] }): DiagnosisInput {
  const { current, ...rest } = parts;
  return {
    answers: [],
    reps: [],
    lostReasons: { current: current ?? [], baseline: [], siblings: [] },
    funnel: null,
    ...rest,
  };
}

export function buildAnswer(
  repId: number,
  questionKey: string,
  value: unknown,
  extra: Partial<DiagnosisAnswer> = {},
) {
  return { repId, questionKey, value, ...extra };
}
