/**
 * Proposes a short question set for a support request from the alert's evidence (DESIGN §3, issue step 3):
 * questions on the barriers whose share of lost deals rose come first (a price/competitor shift puts Desire
 * questions first), then barriers at the stage the alert and its drivers point to (a lead decline: Attention),
 * then one question that rules out a product gap, and always one overview question across barriers and one open
 * text question. Never more than 8: reps answer on a phone between calls.
 */
import { type AidaStage, BARRIERS, type BarrierDefinition, type BarrierKey } from '../aida.ts';
import { QUESTION_CATALOGUE } from './catalogue.ts';
import { describeProposalReason, type ProposalReason } from './proposal-reasons.ts';
import type { LocalizedText, QuestionDefinition } from './types.ts';

export const MAX_PROPOSED_QUESTIONS = 8;
/** A barrier's share of lost deals must rise by at least this much (0–1) to count as a shift. */
export const MIN_SHARE_SHIFT = 0.05;
/** Barriers a campaign cannot move, asked about once so the diagnosis can rule them in or out. */
const RULE_OUT_BARRIERS: readonly BarrierKey[] = ['product_gap'];
const LOST_BARRIER_PREFIX = 'lost_barrier_share:';

export interface ProposalDriver {
  /** The engine's indicator key: `new_leads`, `win_rate`, `lost_barrier_share:price_perceived_high`, … */
  indicator: string;
  aidaStage: AidaStage | null;
  /** Change against the baseline in percent (−18: down 18 %), for the reason text. */
  changePct?: number | null;
}

export interface BarrierShift {
  barrier: BarrierKey;
  /** Shares of coded lost reasons, 0–1. */
  baselineShare: number;
  currentShare: number;
}

export interface ProposeQuestionsInput {
  /** The AIDA stage the alert names; null if it names none. */
  aidaStage: AidaStage | null;
  drivers?: readonly ProposalDriver[];
  barrierShifts?: readonly BarrierShift[];
  /** At most this many questions; clamped to 1–8. Default 8. */
  limit?: number;
  /** The workspace's question definitions; default the catalogue. */
  questions?: readonly QuestionDefinition[];
}

export interface ProposedQuestion {
  key: string;
  reason: ProposalReason;
  because: LocalizedText;
}

interface RankedBarrier {
  barrier: BarrierKey;
  score: number;
  /** A shift in its share of lost deals, or a driver naming it. */
  hasSignal: boolean;
  reason: ProposalReason;
}

interface BarrierSignals {
  shift: BarrierShift | undefined;
  /** Rise of its share of lost deals, 0 below MIN_SHARE_SHIFT. */
  shiftUp: number;
  direct: ProposalDriver | undefined;
  stageDrivers: ProposalDriver[];
  isAlertStage: boolean;
}

function readSignals(input: ProposeQuestionsInput, barrier: BarrierDefinition): BarrierSignals {
  const shift = input.barrierShifts?.find((item) => item.barrier === barrier.key);
  const rise = shift ? shift.currentShare - shift.baselineShare : 0;
  const drivers = input.drivers ?? [];
  return {
    shift,
    shiftUp: rise >= MIN_SHARE_SHIFT ? rise : 0,
    direct: drivers.find((driver) => driver.indicator === `${LOST_BARRIER_PREFIX}${barrier.key}`),
    stageDrivers: barrier.aidaStage ? drivers.filter((driver) => driver.aidaStage === barrier.aidaStage) : [],
    isAlertStage: barrier.aidaStage !== null && barrier.aidaStage === input.aidaStage,
  };
}

function chooseReason(barrier: BarrierDefinition, signals: BarrierSignals): ProposalReason | null {
  const { shift, shiftUp, direct, stageDrivers } = signals;
  if (shift && shiftUp > 0) {
    const [baselinePct, currentPct] = [100 * shift.baselineShare, 100 * shift.currentShare];
    return { code: 'share_rose', barrier: barrier.key, baselinePct, currentPct };
  }
  const driver = direct ?? stageDrivers[0];
  if (driver) {
    const changePct = driver.changePct ?? null;
    return {
      code: 'driver',
      barrier: barrier.key,
      indicator: driver.indicator,
      changePct,
      stage: driver.aidaStage,
    };
  }
  if (signals.isAlertStage && barrier.aidaStage) {
    return { code: 'alert_stage', barrier: barrier.key, stage: barrier.aidaStage };
  }
  return null;
}

function rankBarrier(input: ProposeQuestionsInput, barrier: BarrierDefinition): RankedBarrier | null {
  const signals = readSignals(input, barrier);
  const reason = chooseReason(barrier, signals);
  if (!reason) return null;
  // A shift dominates (10 per unit of share, so a 5-point rise scores 0.5 and a 30-point rise 3); a driver
  // naming the barrier outweighs a stage match; drivers at its stage add a little.
  const score =
    10 * signals.shiftUp +
    (signals.direct ? 1 : 0) +
    (signals.isAlertStage ? 0.5 : 0) +
    Math.min(0.5, 0.25 * signals.stageDrivers.length);
  return { barrier: barrier.key, score, hasSignal: signals.shiftUp > 0 || Boolean(signals.direct), reason };
}

/** Barriers with any signal, strongest first; ties in catalogue order. */
function rankBarriers(input: ProposeQuestionsInput): RankedBarrier[] {
  return BARRIERS.flatMap((barrier) => rankBarrier(input, barrier) ?? []).sort((a, b) => b.score - a.score);
}

/**
 * Fills the slots in passes: two questions for each barrier with a shift or a driver naming it, one to rule out a
 * product gap, one for each barrier at the alerting stages, then further questions in rank order. The result is
 * ordered by barrier rank, the rule-out last, so the strongest signal is asked first.
 */
function pickBarrierQuestions(input: ProposeQuestionsInput, slots: number): ProposedQuestion[] {
  const questions = input.questions ?? QUESTION_CATALOGUE;
  const picked = new Map<BarrierKey, ProposedQuestion[]>();
  let count = 0;
  const take = (barrier: BarrierKey, upTo: number, reason: ProposalReason) => {
    const mine = picked.get(barrier) ?? [];
    const fresh = questions.filter((q) => q.barrier === barrier && !mine.some((item) => item.key === q.key));
    for (const question of fresh.slice(0, Math.max(0, Math.min(upTo - mine.length, slots - count)))) {
      mine.push({ key: question.key, reason, because: describeProposalReason(reason) });
      count++;
    }
    if (mine.length > 0) picked.set(barrier, mine);
  };
  const ranked = rankBarriers(input);
  for (const item of ranked) if (item.hasSignal) take(item.barrier, 2, item.reason);
  for (const barrier of RULE_OUT_BARRIERS) take(barrier, 1, { code: 'rule_out', barrier });
  for (const item of ranked) take(item.barrier, 1, item.reason);
  for (const item of ranked) take(item.barrier, Number.POSITIVE_INFINITY, item.reason);
  const order = [...ranked.map((item) => item.barrier), ...RULE_OUT_BARRIERS];
  return [...new Set(order)].flatMap((barrier) => picked.get(barrier) ?? []);
}

/**
 * The proposed questions in the order to ask them, each with the reason. Deterministic: the same input gives the
 * same list. Barrier questions first, then the overview (a cross-barrier choice question), then the open text
 * question; with a limit of 2 only the open question is kept besides the first barrier question.
 */
export function proposeQuestions(input: ProposeQuestionsInput): ProposedQuestion[] {
  const wanted = Number.isFinite(input.limit) ? Math.floor(input.limit ?? 0) : MAX_PROPOSED_QUESTIONS;
  const limit = Math.max(1, Math.min(MAX_PROPOSED_QUESTIONS, wanted));
  const questions = input.questions ?? QUESTION_CATALOGUE;
  const closing: ProposedQuestion[] = [];
  const add = (question: QuestionDefinition | undefined, reason: ProposalReason) => {
    if (question) closing.push({ key: question.key, reason, because: describeProposalReason(reason) });
  };
  if (limit >= 3)
    add(
      questions.find((q) => q.barrier === null && 'options' in q),
      { code: 'overview' },
    );
  if (limit >= 2)
    add(
      questions.find((q) => q.barrier === null && q.answerType === 'text'),
      { code: 'open_quote' },
    );
  return [...pickBarrierQuestions(input, limit - closing.length), ...closing];
}
