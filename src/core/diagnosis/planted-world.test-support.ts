/**
 * A planted world for diagnosis tests: a scope whose lost deals follow a known barrier mix, reps who own its deals
 * and answer the proposed questions from what they saw (their own lost deals, perceived with noise), coded lost
 * reasons now, in a baseline period and in two sibling scopes. Seeded: the same input gives the same world.
 */
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import { indexQuestions } from '../questions/catalogue.ts';
import { type ProposedQuestion, proposeQuestions } from '../questions/propose-questions.ts';
import {
  createRandom,
  deriveSeed,
  type Random,
  sampleGamma,
  sampleNormal,
  sampleWeightedIndex,
} from '../random.ts';
import { answerQuestion, type SimulatedRep } from './planted-answers.test-support.ts';
import type { CodedLostReason, DiagnosisAnswer, DiagnosisInput, FunnelMove } from './types.ts';

/** A realistic everyday mix of lost reasons (as in the demo's stage mix), for baseline and siblings. */
export const NORMAL_MIX: Record<BarrierKey, number> = {
  awareness_low: 0.05,
  benefits_unknown: 0.08,
  no_need_seen: 0.1,
  price_perceived_high: 0.15,
  competitor_preferred: 0.12,
  trust_risk: 0.1,
  purchase_friction: 0.1,
  budget_timing: 0.15,
  product_gap: 0.1,
  service_issue: 0.05,
};

export interface PlantedWorldInput {
  seed: number;
  /** True shares of the planted barriers; the rest of the mass is spread evenly over the other barriers. */
  planted: Partial<Record<BarrierKey, number>>;
  funnel: FunnelMove;
  repCount?: number;
  lostDeals?: number;
  /** Share of reps who answer at all. */
  responseRate?: number;
}

export interface PlantedWorld {
  input: DiagnosisInput;
  truth: Record<BarrierKey, number>;
  proposal: ProposedQuestion[];
}

/** The full mix: planted shares plus the remainder spread evenly. */
export function completeMix(planted: Partial<Record<BarrierKey, number>>): Record<BarrierKey, number> {
  const plantedTotal = Object.values(planted).reduce((sum, share) => sum + (share ?? 0), 0);
  const others = BARRIER_KEYS.filter((barrier) => planted[barrier] === undefined);
  const each = others.length > 0 ? (1 - plantedTotal) / others.length : 0;
  return Object.fromEntries(BARRIER_KEYS.map((barrier) => [barrier, planted[barrier] ?? each])) as Record<
    BarrierKey,
    number
  >;
}

interface SimDeal {
  dealId: number;
  repIndex: number;
  barrier: BarrierKey;
  amountCents: number;
}

function drawDeals(
  random: Random,
  options: { mix: Record<BarrierKey, number>; count: number; owners: number[]; firstId: number },
) {
  const weights = BARRIER_KEYS.map((barrier) => options.mix[barrier]);
  return Array.from({ length: options.count }, (_, i): SimDeal => {
    const amountCents = 100 * Math.round(Math.exp(sampleNormal(random, Math.log(30_000), 0.5)));
    const barrier = BARRIER_KEYS[sampleWeightedIndex(random, weights)] ?? 'price_perceived_high';
    return {
      dealId: options.firstId + i,
      repIndex: sampleWeightedIndex(random, options.owners),
      barrier,
      amountCents,
    };
  });
}

const PHRASES: Record<BarrierKey, string> = {
  awareness_low: 'Kunde kannte uns nicht',
  benefits_unknown: 'Nutzen nicht klar',
  no_need_seen: 'kein Bedarf',
  price_perceived_high: 'Lumetra ist 30 % günstiger',
  competitor_preferred: 'Kunde hat sich für Lumetra entschieden',
  trust_risk: 'Fehlende Referenzen in der Branche',
  purchase_friction: 'Lieferzeit zu lang',
  budget_timing: 'kein Budget',
  product_gap: 'Schnittstelle fehlt',
  service_issue: 'schlechter Support',
};

export function phraseFor(barrier: BarrierKey): string {
  return PHRASES[barrier];
}

/** Codes as an import would: 12 % of texts abstain (`unknown`), 8 % are empty — independent of the barrier. */
function toLostReasons(random: Random, deals: readonly SimDeal[]): CodedLostReason[] {
  return deals.map((deal) => {
    const roll = random.next();
    const isCompetitor = deal.barrier === 'competitor_preferred' || deal.barrier === 'price_perceived_high';
    return {
      dealId: deal.dealId,
      barrier: roll < 0.08 ? null : roll < 0.2 ? 'unknown' : deal.barrier,
      text: roll < 0.08 ? null : PHRASES[deal.barrier],
      competitor: isCompetitor && random.next() < 0.5 ? 'Lumetra' : null,
      amountCents: deal.amountCents,
    };
  });
}

function shareOf(reasons: readonly CodedLostReason[], barrier: BarrierKey): number {
  const coded = reasons.filter((reason) => reason.barrier !== null && reason.barrier !== 'unknown');
  return coded.length === 0 ? 0 : coded.filter((reason) => reason.barrier === barrier).length / coded.length;
}

function simulateReps(random: Random, deals: readonly SimDeal[], owners: readonly number[]): SimulatedRep[] {
  return owners.map((_, index) => {
    const mine = deals.filter((deal) => deal.repIndex === index);
    const perceived = Object.fromEntries(
      BARRIER_KEYS.map((barrier) => {
        const seen =
          mine.length > 0 ? mine.filter((deal) => deal.barrier === barrier).length / mine.length : 0;
        return [barrier, Math.min(1, Math.max(0, seen + sampleNormal(random, 0, 0.06)))];
      }),
    ) as Record<BarrierKey, number>;
    return { repId: 101 + index, deals: mine, perceived };
  });
}

/** Builds the world and the diagnosis input the integrator would assemble from storage. */
export function simulatePlantedWorld(options: PlantedWorldInput): PlantedWorld {
  const random = createRandom(deriveSeed(options.seed, 'planted-world'));
  const truth = completeMix(options.planted);
  const repCount = options.repCount ?? 8;
  const lostCount = options.lostDeals ?? 100;
  const owners = Array.from({ length: repCount }, () => sampleGamma(random, 3));
  const deals = drawDeals(random, { mix: truth, count: lostCount, owners, firstId: 1 });
  const current = toLostReasons(random, deals);
  const baseline = toLostReasons(
    random,
    drawDeals(random, { mix: NORMAL_MIX, count: 300, owners, firstId: 10_001 }),
  );
  const siblings = ['sibling-a', 'sibling-b'].map((scope, i) => ({
    scope,
    reasons: toLostReasons(
      random,
      drawDeals(random, { mix: NORMAL_MIX, count: 120, owners, firstId: 20_001 + i * 1000 }),
    ),
  }));
  const barrierShifts = BARRIER_KEYS.map((barrier) => ({
    barrier,
    baselineShare: shareOf(baseline, barrier),
    currentShare: shareOf(current, barrier),
  }));
  const proposal = proposeQuestions({
    aidaStage: options.funnel.aidaStage,
    drivers: [{ indicator: options.funnel.indicator, aidaStage: options.funnel.aidaStage }],
    barrierShifts,
  });
  const questions = indexQuestions();
  const reps = simulateReps(random, deals, owners);
  const answering = reps.filter(() => random.next() < (options.responseRate ?? 0.85));
  const answers: DiagnosisAnswer[] = answering.flatMap((rep) =>
    proposal.flatMap((item) => {
      const question = questions.get(item.key);
      return question ? (answerQuestion({ random, rep, question }) ?? []) : [];
    }),
  );
  const scopeDeals = reps.map((rep) => ({ repId: rep.repId, scopeDealCount: rep.deals.length * 3 }));
  return {
    input: {
      answers,
      reps: scopeDeals,
      lostReasons: { current, baseline, siblings },
      funnel: options.funnel,
      seed: options.seed,
    },
    truth,
    proposal,
  };
}
