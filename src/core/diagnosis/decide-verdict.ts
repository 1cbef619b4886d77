/**
 * Applies VERDICT_RULES to the ranked barriers and fills the reason's parameters from the barrier the rule is
 * about; adds an `also_route` note for each further barrier that belongs to pricing, product or service.
 */
import type { BarrierKey } from '../aida.ts';
import type { DiagnosisVerdict } from '../types.ts';
import type { BarrierFinding } from './types.ts';
import {
  ALSO_ROUTE_MIN_SHARE,
  evaluateCondition,
  VERDICT_RULES,
  type VerdictReason,
  type VerdictReasonCode,
  type VerdictRule,
} from './verdict-rules.ts';

export interface VerdictDecision {
  verdict: DiagnosisVerdict;
  reason: VerdictReason;
  alsoRoute: VerdictReason[];
}

const percent = (share: number | null | undefined): number | null =>
  share === null || share === undefined ? null : Math.round(100 * share);

function describeFinding(code: VerdictReasonCode, finding: BarrierFinding | undefined): VerdictReason {
  return {
    code,
    params: {
      barrier: finding?.barrier ?? null,
      stage: finding?.aidaStage ?? null,
      sharePct: percent(finding?.share?.estimate),
      lowPct: percent(finding?.share?.low),
      highPct: percent(finding?.share?.high),
      baselinePct: percent(finding?.lostReasons.baseline?.share),
      routeTo: finding?.routeTo ?? null,
    },
  };
}

function subjectOf(rule: VerdictRule, ranked: readonly BarrierFinding[]): BarrierFinding | undefined {
  const when = rule.when;
  if (when.kind === 'no_evidence' || when.kind === 'combined_share_at_least') return undefined;
  const barrier: BarrierKey | undefined = 'barrier' in when ? when.barrier : ranked[0]?.barrier;
  return ranked.find((finding) => finding.barrier === barrier);
}

function describeRule(rule: VerdictRule, ranked: readonly BarrierFinding[]): VerdictReason {
  const reason = describeFinding(rule.code, subjectOf(rule, ranked));
  if (rule.when.kind === 'combined_share_at_least') {
    const barriers = rule.when.barriers;
    const total = ranked
      .filter((finding) => barriers.includes(finding.barrier))
      .reduce((sum, finding) => sum + (finding.share?.estimate ?? 0), 0);
    reason.params.sharePct = percent(total);
  }
  return reason;
}

/** The verdict, its reason and the notes for other departments, from the barriers ranked by share. */
export function decideVerdict(ranked: readonly BarrierFinding[]): VerdictDecision {
  const rule =
    VERDICT_RULES.find((candidate) => evaluateCondition(candidate.when, ranked)) ?? VERDICT_RULES.at(-1);
  if (!rule) throw new Error('VERDICT_RULES must end with an `always` rule');
  const reason = describeRule(rule, ranked);
  const isPricingCovered = rule.verdict === 'campaign_and_pricing';
  const alsoRoute = ranked
    .filter(
      (finding) =>
        finding.routeTo !== null &&
        finding.barrier !== reason.params.barrier &&
        !(finding.routeTo === 'pricing' && isPricingCovered) &&
        (finding.share?.estimate ?? 0) >= ALSO_ROUTE_MIN_SHARE,
    )
    .map((finding) => describeFinding('also_route', finding));
  return { verdict: rule.verdict, reason, alsoRoute };
}
