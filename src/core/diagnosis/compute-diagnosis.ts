/**
 * The diagnosis (DESIGN §5): which barrier stops customers, at which AIDA stage, how sure, and whether a campaign
 * can help. Pure: the same input gives the same diagnosis, so it is simply recomputed whenever an answer arrives.
 *
 * Steps: answers → per-rep evidence and weights (collect-answers.ts) → answer scores with bootstrap intervals
 * (answer-scores.ts); coded lost reasons → shares now, in the baseline period and in sibling scopes
 * (lost-reason-shares.ts); both → one share per barrier (combine-shares.ts) → ranking → AIDA stage
 * (aida-stage.ts), verdict (verdict-rules.ts), confidence (confidence.ts), competitors (competitors.ts).
 */
import { BARRIER_KEYS, type BarrierKey, getBarrier } from '../aida.ts';
import { decideAidaStage } from './aida-stage.ts';
import { type AnswerScore, computeAnswerScores } from './answer-scores.ts';
import { type CollectedAnswers, collectAnswers } from './collect-answers.ts';
import { combineShares } from './combine-shares.ts';
import { summarizeCompetitors } from './competitors.ts';
import { computeConfidence } from './confidence.ts';
import { decideVerdict } from './decide-verdict.ts';
import { computeLostReasonShares, type LostReasonShare } from './lost-reason-shares.ts';
import type { BarrierFinding, CodedLostReason, Diagnosis, DiagnosisInput, Estimate } from './types.ts';

export const DEFAULT_DIAGNOSIS_SEED = 20_260_101;
export const MAX_QUOTES_PER_BARRIER = 5;

interface FindingInput {
  barrier: BarrierKey;
  lost: LostReasonShare;
  score: AnswerScore | undefined;
  collected: CollectedAnswers;
  current: readonly CodedLostReason[];
}

function collectEvidence({ barrier, lost, collected, current }: FindingInput): BarrierFinding['evidence'] {
  const weightOf = new Map(collected.reps.map((rep) => [rep.repId, rep.weight]));
  return {
    // Quotes of the reps who carry most weight first.
    quotes: [...(collected.quotes.get(barrier) ?? [])]
      .sort((a, b) => (weightOf.get(b.repId) ?? 0) - (weightOf.get(a.repId) ?? 0) || a.repId - b.repId)
      .slice(0, MAX_QUOTES_PER_BARRIER),
    linkedDealIds: [...(collected.linkedDealIds.get(barrier) ?? [])].sort((a, b) => a - b),
    lostDealIds: lost.lostDealIds,
    lostReasonTexts: current
      .filter((reason) => reason.barrier === barrier && reason.text)
      .slice(0, MAX_QUOTES_PER_BARRIER)
      .map((reason) => ({ dealId: reason.dealId, text: reason.text ?? '' })),
  };
}

function buildFinding(input: FindingInput): BarrierFinding {
  const { barrier, lost, score } = input;
  const definition = getBarrier(barrier);
  const lostEstimate: Estimate | null = lost.now
    ? { estimate: lost.now.share, low: lost.now.low, high: lost.now.high }
    : null;
  const { lostDealIds: _ids, ...lostReasons } = lost;
  return {
    rank: 0,
    barrier,
    aidaStage: definition.aidaStage,
    campaignCanHelp: definition.campaignCanHelp,
    routeTo: definition.routeTo,
    share: combineShares([lostEstimate, score?.score ?? null]),
    lostReasons,
    answers: {
      score: score?.score ?? null,
      scoreReps: score?.scoreReps ?? 0,
      support: score?.support ?? null,
      namedBy: score?.namedBy ?? 0,
    },
    evidence: collectEvidence(input),
  };
}

/** Largest share first; ties by how many reps name it, then in catalogue order. */
function rankFindings(findings: BarrierFinding[]): BarrierFinding[] {
  const order = (finding: BarrierFinding) => BARRIER_KEYS.indexOf(finding.barrier);
  return [...findings]
    .sort(
      (a, b) =>
        (b.share?.estimate ?? -1) - (a.share?.estimate ?? -1) ||
        (b.answers.support?.estimate ?? 0) - (a.answers.support?.estimate ?? 0) ||
        order(a) - order(b),
    )
    .map((finding, index) => ({ ...finding, rank: index + 1 }));
}

/** Computes the diagnosis from answers, coded lost reasons and the funnel move. Never throws on bad answers. */
export function computeDiagnosis(input: DiagnosisInput): Diagnosis {
  const collected = collectAnswers(input);
  const scores = computeAnswerScores(collected.reps, input.seed ?? DEFAULT_DIAGNOSIS_SEED);
  const lost = computeLostReasonShares(input.lostReasons);
  const current = input.lostReasons.current;
  const ranked = rankFindings(
    BARRIER_KEYS.map((barrier) =>
      buildFinding({
        barrier,
        lost: lost.byBarrier[barrier],
        score: scores.get(barrier),
        collected,
        current,
      }),
    ),
  );
  const stage = decideAidaStage(ranked, input.funnel);
  const scopeDeals = input.reps.reduce((sum, rep) => sum + Math.max(0, rep.scopeDealCount), 0);
  const answeredDeals = collected.reps.reduce((sum, rep) => sum + rep.scopeDealCount, 0);
  const funnel = input.funnel;
  return {
    ...decideVerdict(ranked),
    aidaStage: stage.aidaStage,
    stageShares: stage.stageShares,
    funnel: funnel ? { ...funnel, agreesWithBarriers: funnel.aidaStage === stage.barrierStage } : null,
    confidence: computeConfidence({
      ranked,
      repsAnswered: collected.reps.length,
      coverage: scopeDeals > 0 ? Math.min(1, answeredDeals / scopeDeals) : 0,
    }),
    barriers: ranked,
    competitors: summarizeCompetitors({
      named: collected.competitors,
      lostNow: current,
      lostBaseline: input.lostReasons.baseline,
    }),
    counts: {
      answers: collected.answerCount,
      repsAnswered: collected.reps.length,
      lostNow: current.length,
      lostNowCoded: lost.coded.now,
      lostBaselineCoded: lost.coded.baseline,
      lostSiblingsCoded: lost.coded.siblings,
    },
    ignoredAnswers: collected.ignored,
  };
}
