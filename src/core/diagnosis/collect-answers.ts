/**
 * Turns the answers of a question set into per-rep evidence: share estimates and strongly named barriers per rep
 * (questions/evidence.ts), each rep's weight, quotes and linked deals per barrier, competitors named.
 *
 * Rep weight w = (d + 1) · min(3, 1 + L / V̄), where d is the number of the scope's deals the rep owns in the
 * window (coverage: a rep who owns more of the scope has seen more of its customers; +1 so a rep without deals
 * still counts a little), L the amount of the distinct lost or open deals the rep linked to answers and V̄ the
 * scope's average deal amount: answers backed by linked deal value count up to three times as much, and no rep
 * dominates by linking everything.
 */
import type { BarrierKey } from '../aida.ts';
import { createBarrierCoder } from '../coding/code-text.ts';
import { indexQuestions } from '../questions/catalogue.ts';
import { type AnswerEvidence, readAnswerEvidence } from '../questions/evidence.ts';
import { validateAnswer } from '../questions/validate-answer.ts';
import type { DiagnosisAnswer, DiagnosisInput, IgnoredAnswer, LinkedDeal, Quote } from './types.ts';

export const MAX_VALUE_FACTOR = 3;

/** A rep's share estimate for a barrier and the range the answer allows (a scale anchor's range), 0–1. */
export interface ShareRange {
  share: number;
  low: number;
  high: number;
}

export interface RepEvidence {
  repId: number;
  weight: number;
  scopeDealCount: number;
  /** The mean of the rep's estimates per barrier (mean share, mean low, mean high). */
  estimates: Map<BarrierKey, ShareRange>;
  strong: Set<BarrierKey>;
}

export interface CollectedAnswers {
  reps: RepEvidence[];
  answerCount: number;
  quotes: Map<BarrierKey, Quote[]>;
  linkedDealIds: Map<BarrierKey, Set<number>>;
  competitors: { name: string; repId: number; better: string | null }[];
  priceGaps: number[];
  ignored: IgnoredAnswer[];
}

interface RepDraft {
  estimates: Map<BarrierKey, ShareRange[]>;
  strong: Set<BarrierKey>;
  linked: Map<number, LinkedDeal>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function computeWeights(input: DiagnosisInput, drafts: Map<number, RepDraft>): RepEvidence[] {
  const linked = [...drafts.values()].flatMap((draft) => [...draft.linked.values()]);
  const meanLinked = linked.reduce((sum, deal) => sum + deal.amountCents, 0) / Math.max(1, linked.length);
  const average = input.averageDealCents && input.averageDealCents > 0 ? input.averageDealCents : meanLinked;
  return [...drafts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([repId, draft]) => {
      const scopeDealCount = Math.max(0, input.reps.find((rep) => rep.repId === repId)?.scopeDealCount ?? 0);
      const linkedCents = [...draft.linked.values()].reduce(
        (sum, deal) => sum + Math.max(0, deal.amountCents),
        0,
      );
      const valueFactor = average > 0 ? Math.min(MAX_VALUE_FACTOR, 1 + linkedCents / average) : 1;
      const mean = (values: ShareRange[], field: keyof ShareRange) =>
        values.reduce((sum, value) => sum + value[field], 0) / values.length;
      const estimates = new Map(
        [...draft.estimates].map(([barrier, values]) => [
          barrier,
          { share: mean(values, 'share'), low: mean(values, 'low'), high: mean(values, 'high') },
        ]),
      );
      return {
        repId,
        weight: (scopeDealCount + 1) * valueFactor,
        scopeDealCount,
        estimates,
        strong: draft.strong,
      };
    });
}

function addEvidence(
  result: CollectedAnswers,
  draft: RepDraft,
  answer: DiagnosisAnswer,
  evidence: AnswerEvidence,
) {
  result.answerCount++;
  for (const { barrier, ...range } of evidence.estimates) pushTo(draft.estimates, barrier, range);
  for (const barrier of evidence.strong) draft.strong.add(barrier);
  // A won deal is no example of a barrier; lost and stalled (open) deals are.
  const deals = (answer.linkedDeals ?? []).filter((deal) => deal.outcome !== 'won');
  for (const deal of deals) draft.linked.set(deal.dealId, deal);
  for (const barrier of evidence.about) {
    const ids = result.linkedDealIds.get(barrier) ?? new Set<number>();
    for (const deal of deals) ids.add(deal.dealId);
    result.linkedDealIds.set(barrier, ids);
  }
  for (const text of evidence.texts) {
    const { repId, questionKey } = answer;
    if (text.barrier)
      pushTo(result.quotes, text.barrier, {
        repId,
        questionKey,
        text: text.text,
        because: text.code.because,
      });
  }
  for (const entry of evidence.competitors) result.competitors.push({ ...entry, repId: answer.repId });
  if (evidence.priceGap !== null) result.priceGaps.push(evidence.priceGap);
}

function compareAnswers(a: DiagnosisAnswer, b: DiagnosisAnswer): number {
  if (a.repId !== b.repId) return a.repId - b.repId;
  return a.questionKey < b.questionKey ? -1 : a.questionKey > b.questionKey ? 1 : 0;
}

/**
 * Reads every valid answer, in rep and question order (so the input order does not matter); invalid values and
 * unknown questions are listed in `ignored`, never thrown.
 */
export function collectAnswers(input: DiagnosisInput): CollectedAnswers {
  const questions = indexQuestions(input.questions);
  const coder = createBarrierCoder({ model: input.coderModel ?? null });
  const drafts = new Map<number, RepDraft>();
  const result: CollectedAnswers = {
    reps: [],
    answerCount: 0,
    quotes: new Map(),
    linkedDealIds: new Map(),
    competitors: [],
    priceGaps: [],
    ignored: [],
  };
  for (const answer of [...input.answers].sort(compareAnswers)) {
    const question = questions.get(answer.questionKey);
    const problems = question
      ? validateAnswer(question, answer.value)
      : [
          {
            field: 'questionKey',
            code: 'unknown_question',
            message: `questionKey: no question ${answer.questionKey}`,
          },
        ];
    if (!question || problems.length > 0) {
      result.ignored.push({ repId: answer.repId, questionKey: answer.questionKey, problems });
      continue;
    }
    const evidence = readAnswerEvidence({ question, value: answer.value, quote: answer.quote, coder });
    const draft = drafts.get(answer.repId) ?? { estimates: new Map(), strong: new Set(), linked: new Map() };
    drafts.set(answer.repId, draft);
    addEvidence(result, draft, answer, evidence);
  }
  result.reps = computeWeights(input, drafts);
  return result;
}
