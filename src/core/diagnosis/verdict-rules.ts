/**
 * The verdict as rules over the ranked barriers, as data: the first rule whose condition holds decides. The
 * reason is a code with parameters; verdict-texts.ts turns it into plain words (de/en) and the web client may
 * use the code as an i18n key (`diagnosis.reason.<code>`) with the same parameters.
 */
import type { AidaStage, BarrierDefinition, BarrierKey } from '../aida.ts';
import type { DiagnosisVerdict } from '../types.ts';
import type { BarrierFinding } from './types.ts';

export const VERDICT_REASON_CODES = [
  'insufficient_evidence',
  'outside_funnel_on_top',
  'outside_funnel_majority',
  'price_strong',
  'price_rising',
  'campaign_partly',
  'campaign_barrier',
  'also_route',
] as const;
export type VerdictReasonCode = (typeof VERDICT_REASON_CODES)[number];

export interface VerdictReason {
  code: VerdictReasonCode;
  params: {
    barrier: BarrierKey | null;
    stage: AidaStage | null;
    /** Percentages 0–100, rounded to whole points. */
    sharePct: number | null;
    lowPct: number | null;
    highPct: number | null;
    baselinePct: number | null;
    routeTo: BarrierDefinition['routeTo'];
  };
}

export type VerdictCondition =
  /** Neither answers nor coded lost reasons. */
  | { kind: 'no_evidence' }
  /** The top-ranked barrier is one of these, with at least this share. */
  | { kind: 'top_barrier_in'; barriers: readonly BarrierKey[]; minShare: number }
  /** These barriers together hold at least this share. */
  | { kind: 'combined_share_at_least'; barriers: readonly BarrierKey[]; minShare: number }
  /** The barrier ranks within maxRank with at least minShare, and its interval's low end is at least minLow. */
  | { kind: 'strong_barrier'; barrier: BarrierKey; minShare: number; minLow: number; maxRank: number }
  /** The barrier's share of lost reasons rose significantly against the baseline, to at least minShare. */
  | { kind: 'rising_barrier'; barrier: BarrierKey; minShare: number }
  | { kind: 'top_barrier_campaign_can_help'; value: BarrierDefinition['campaignCanHelp'] }
  | { kind: 'always' };

export interface VerdictRule {
  code: VerdictReasonCode;
  verdict: DiagnosisVerdict;
  when: VerdictCondition;
}

const OUTSIDE_FUNNEL: readonly BarrierKey[] = ['product_gap', 'service_issue'];

export const VERDICT_RULES: readonly VerdictRule[] = [
  { code: 'insufficient_evidence', verdict: 'campaign', when: { kind: 'no_evidence' } },
  {
    code: 'outside_funnel_on_top',
    verdict: 'not_a_campaign_problem',
    when: { kind: 'top_barrier_in', barriers: OUTSIDE_FUNNEL, minShare: 0.2 },
  },
  {
    code: 'outside_funnel_majority',
    verdict: 'not_a_campaign_problem',
    when: { kind: 'combined_share_at_least', barriers: OUTSIDE_FUNNEL, minShare: 0.5 },
  },
  {
    code: 'price_strong',
    verdict: 'campaign_and_pricing',
    when: {
      kind: 'strong_barrier',
      barrier: 'price_perceived_high',
      minShare: 0.25,
      minLow: 0.15,
      maxRank: 2,
    },
  },
  {
    code: 'price_rising',
    verdict: 'campaign_and_pricing',
    when: { kind: 'rising_barrier', barrier: 'price_perceived_high', minShare: 0.2 },
  },
  {
    code: 'campaign_partly',
    verdict: 'campaign',
    when: { kind: 'top_barrier_campaign_can_help', value: 'partly' },
  },
  { code: 'campaign_barrier', verdict: 'campaign', when: { kind: 'always' } },
];

/** A barrier routed elsewhere (pricing, product, service) is worth a note from this share on. */
export const ALSO_ROUTE_MIN_SHARE = 0.15;

function shareOf(finding: BarrierFinding | undefined): number {
  return finding?.share?.estimate ?? 0;
}

/** Whether a condition holds for the ranked findings (rank 1 first). */
export function evaluateCondition(condition: VerdictCondition, ranked: readonly BarrierFinding[]): boolean {
  const top = ranked[0];
  const find = (barrier: BarrierKey) => ranked.find((finding) => finding.barrier === barrier);
  switch (condition.kind) {
    case 'no_evidence':
      return !ranked.some((finding) => finding.share !== null);
    case 'top_barrier_in':
      return (
        top !== undefined && condition.barriers.includes(top.barrier) && shareOf(top) >= condition.minShare
      );
    case 'combined_share_at_least':
      return (
        condition.barriers.reduce((sum, barrier) => sum + shareOf(find(barrier)), 0) >= condition.minShare
      );
    case 'strong_barrier': {
      const finding = find(condition.barrier);
      return (
        finding !== undefined &&
        finding.rank <= condition.maxRank &&
        shareOf(finding) >= condition.minShare &&
        (finding.share?.low ?? 0) >= condition.minLow
      );
    }
    case 'rising_barrier': {
      const change = find(condition.barrier)?.lostReasons.changeVsBaseline;
      return (
        change !== null &&
        change !== undefined &&
        change.low > 0 &&
        shareOf(find(condition.barrier)) >= condition.minShare
      );
    }
    case 'top_barrier_campaign_can_help':
      return top !== undefined && top.campaignCanHelp === condition.value;
    case 'always':
      return true;
  }
}
