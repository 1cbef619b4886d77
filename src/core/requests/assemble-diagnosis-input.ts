/**
 * Builds computeDiagnosis's input for a support request from plain data: the request's frozen evidence, the
 * reps' answers, deal ownership in the scope (rep weights) and the coded lost reasons of the scope in the current
 * window, in the baseline period and in the sibling scopes (diagnosis-window.ts).
 */
import type { IsoDate } from '../calendar.ts';
import type { BarrierCodeKey, BarrierModel } from '../coding/code-text.ts';
import { listDealsInScope } from '../detect/indicator-scope.ts';
import type { CodedLostReason, DiagnosisAnswer, DiagnosisInput, RepCoverage } from '../diagnosis/types.ts';
import type { QuestionDefinition } from '../questions/types.ts';
import type { Deal, Dimensions, Owner } from '../types.ts';
import {
  computeDiagnosisWindow,
  type DateRange,
  type DiagnosisWindow,
  isDealActiveIn,
  isDealLostIn,
  listSiblingScopes,
} from './diagnosis-window.ts';
import { labelScope, type RequestEvidence } from './evidence.ts';

export interface AssembleDiagnosisInput {
  evidence: RequestEvidence;
  /** The day of the diagnosis: the current window ends here. */
  today: IsoDate;
  /** The workspace's deals; the scope's are picked here. */
  deals: readonly Deal[];
  dimensions: Dimensions;
  answers: readonly DiagnosisAnswer[];
  /** The users asked (question set recipients): their deal ownership weighs their answers. */
  repUserIds: readonly number[];
  /** A lost deal's barrier: a confirmed label, else its text coded, else the imported code; null without any. */
  codeDeal: (deal: Deal) => BarrierCodeKey | null;
  questions: readonly QuestionDefinition[];
  coderModel: BarrierModel | null;
  seed?: number;
}

export interface AssembledDiagnosis {
  input: DiagnosisInput;
  window: DiagnosisWindow;
  siblingScopes: string[];
  /** Deals of the scope active in the current window. */
  scopeDealCount: number;
}

function toLostReasons(
  deals: readonly Deal[],
  range: DateRange,
  codeDeal: AssembleDiagnosisInput['codeDeal'],
): CodedLostReason[] {
  return deals
    .filter((deal) => isDealLostIn(deal, range))
    .map((deal) => ({
      dealId: deal.id,
      barrier: codeDeal(deal),
      text: deal.lostReason,
      competitor: deal.competitor,
      amountCents: deal.amountCents,
    }));
}

/** Per rep: the scope's deals active in the window that belong to the owners linked to the rep's user. */
export function computeRepCoverage(input: {
  scopeDeals: readonly Deal[];
  owners: readonly Owner[];
  repUserIds: readonly number[];
  range: DateRange;
}): RepCoverage[] {
  return input.repUserIds.map((repId) => {
    const ownerIds = new Set(input.owners.filter((owner) => owner.userId === repId).map((owner) => owner.id));
    const scopeDealCount = input.scopeDeals.filter(
      (deal) => deal.ownerId !== null && ownerIds.has(deal.ownerId) && isDealActiveIn(deal, input.range),
    ).length;
    return { repId, scopeDealCount };
  });
}

function meanAmount(deals: readonly Deal[]): number | undefined {
  const amounts = deals.map((deal) => deal.amountCents).filter((amount) => amount > 0);
  return amounts.length > 0 ? amounts.reduce((sum, amount) => sum + amount, 0) / amounts.length : undefined;
}

/** The diagnosis input for a request, with the window and sibling scopes it used (for the page to say so). */
export function assembleDiagnosisInput(input: AssembleDiagnosisInput): AssembledDiagnosis {
  const { evidence, dimensions, codeDeal } = input;
  const window = computeDiagnosisWindow(evidence, input.today);
  const scopeDeals = listDealsInScope({ deals: input.deals, dimensions, scope: evidence.scope });
  const activeDeals = scopeDeals.filter((deal) => isDealActiveIn(deal, window.current));
  const siblings = listSiblingScopes(evidence.scope, dimensions).map((sibling) => ({
    scope: labelScope(sibling.names),
    reasons: toLostReasons(
      listDealsInScope({ deals: input.deals, dimensions, scope: sibling.scope }),
      window.current,
      codeDeal,
    ),
  }));
  const averageDealCents = meanAmount(activeDeals);
  const diagnosisInput: DiagnosisInput = {
    answers: input.answers,
    reps: computeRepCoverage({
      scopeDeals,
      owners: dimensions.owners,
      repUserIds: input.repUserIds,
      range: window.current,
    }),
    lostReasons: {
      current: toLostReasons(scopeDeals, window.current, codeDeal),
      baseline: toLostReasons(scopeDeals, window.baseline, codeDeal),
      siblings,
    },
    funnel: evidence.alert ? { aidaStage: evidence.aidaStage, indicator: evidence.alert.indicator } : null,
    questions: input.questions,
    coderModel: input.coderModel,
    ...(averageDealCents === undefined ? {} : { averageDealCents }),
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  };
  return {
    input: diagnosisInput,
    window,
    siblingScopes: siblings.map((sibling) => sibling.scope),
    scopeDealCount: activeDeals.length,
  };
}
