/**
 * The brief pre-filled from a diagnosis (DESIGN §5 "Brief", issue 7 item 1): objective stage, target group,
 * barriers with their evidence, an AIDA plan and message house suggested from the barriers, tone, call to
 * action, KPIs with baselines and goals derived from the gap, timeline, budget and owner placeholders. Every
 * suggestion says where it came from. See README.md in this folder for the shapes.
 */
import { type AidaStage, getBarrier } from '../aida.ts';
import type { IsoDate } from '../calendar.ts';
import { BARRIER_LABELS, STAGE_LABELS } from '../labels.ts';
import type { Locale } from '../types.ts';
import { describeFit, listRoutes } from './fit.ts';
import { fillTemplate, getBarrierPlaybook, STAGE_PLAYBOOK } from './playbook.ts';
import { deriveGapGoal, listKpis, suggestTimeline } from './prefill-kpis.ts';
import {
  buildMessageHouse,
  listBriefBarriers,
  planStages,
  selectAddressed,
  sourceOf,
} from './prefill-messages.ts';
import type {
  AlertIndicator,
  BriefContent,
  BriefScope,
  DiagnosedBarrier,
  DiagnosisSummary,
  ForecastSummary,
  FunnelRates,
  Suggested,
} from './types.ts';

export interface PrefillBriefInput {
  locale: Locale;
  asOf: IsoDate;
  diagnosis: DiagnosisSummary;
  scope: BriefScope;
  /** The alert's forecast; null for an indicator-shift alert without a target. */
  forecast: ForecastSummary | null;
  funnel: FunnelRates | null;
  /** The indicators that raised the alert, with the engine's baselines. */
  indicators: readonly AlertIndicator[];
  owner?: string | null;
  budgetCents?: number | null;
}

export function describeScope(scope: BriefScope, locale: Locale): string {
  const parts = [scope.product, scope.segment, scope.region, scope.team, scope.owner].filter(Boolean);
  return parts.length > 0 ? parts.join(' × ') : locale === 'de' ? 'Gesamtes Geschäft' : 'Whole business';
}

function chooseObjectiveStage(
  diagnosis: DiagnosisSummary,
  addressed: readonly DiagnosedBarrier[],
): Suggested<AidaStage | null> {
  if (diagnosis.verdict === 'not_a_campaign_problem') return { value: null, source: { kind: 'diagnosis' } };
  if (diagnosis.aidaStage)
    return { value: diagnosis.aidaStage, source: { kind: 'diagnosis', stage: diagnosis.aidaStage } };
  const main = addressed.find((barrier) => getBarrier(barrier.key).campaignCanHelp !== 'no') ?? addressed[0];
  if (!main) return { value: null, source: { kind: 'diagnosis' } };
  return { value: getBarrierPlaybook(main.key).messageStage, source: sourceOf(main) };
}

function describeTitle(stage: AidaStage | null, main: DiagnosedBarrier, input: PrefillBriefInput): string {
  const { locale, scope } = input;
  const barrier = BARRIER_LABELS[main.key][locale];
  const where = describeScope(scope, locale);
  if (stage === null)
    return locale === 'de'
      ? `Kein Kampagnenthema: ${barrier} – ${where}`
      : `Not a campaign issue: ${barrier} – ${where}`;
  return `${STAGE_LABELS[stage][locale]}: ${barrier} – ${where}`;
}

function describeObjective(stage: AidaStage | null, input: PrefillBriefInput): string {
  if (stage !== null) return fillTemplate(STAGE_PLAYBOOK[stage].objective, input.locale, input.scope);
  return input.locale === 'de'
    ? 'Kein Kampagnenziel: Die Diagnose sieht die Ursache außerhalb dessen, was Kommunikation bewegen kann.'
    : 'No campaign objective: the diagnosis puts the cause outside what communication can move.';
}

/** Pre-fills a brief from a diagnosis, the alert's forecast and the scope's funnel rates. */
export function prefillBrief(input: PrefillBriefInput): BriefContent {
  const { locale, diagnosis, scope } = input;
  if (diagnosis.barriers.length === 0)
    throw new Error('prefillBrief needs a diagnosis with at least one barrier');
  const addressed = selectAddressed(diagnosis);
  const main = addressed[0] as DiagnosedBarrier;
  const mainSource = sourceOf(main);
  const stage = chooseObjectiveStage(diagnosis, addressed);
  const isCampaignAdvised = diagnosis.verdict !== 'not_a_campaign_problem';
  const context = { locale, scope: { product: scope.product, segment: scope.segment } };
  const gapGoal = deriveGapGoal(input);
  const playbook = getBarrierPlaybook(main.key);
  return {
    schemaVersion: 1,
    locale,
    preparedOn: input.asOf,
    title: { value: describeTitle(stage.value, main, input), source: mainSource },
    fit: {
      verdict: diagnosis.verdict,
      isCampaignAdvised,
      statement: describeFit(diagnosis, locale),
      routes: listRoutes(diagnosis),
    },
    objective: {
      stage,
      statement: { value: describeObjective(stage.value, input), source: { ...stage.source } },
      confidence: diagnosis.confidence ?? null,
    },
    targetGroup: {
      scope: { ...scope },
      label: { value: describeScope(scope, locale), source: { kind: 'scope' } },
      description: { value: fillTemplate(playbook.audience, locale, context.scope), source: mainSource },
    },
    barriers: listBriefBarriers(diagnosis, addressed),
    stages: planStages(addressed, stage.value, context),
    messageHouse: buildMessageHouse(addressed, context),
    tone: { value: fillTemplate(playbook.tone, locale, context.scope), source: mainSource },
    callToAction: { value: fillTemplate(playbook.callToAction, locale, context.scope), source: mainSource },
    kpis: listKpis(input.indicators, { goal: gapGoal, funnel: input.funnel, isCampaignAdvised }),
    gapGoal,
    timeline: suggestTimeline(input.asOf, gapGoal),
    budgetCents:
      input.budgetCents != null
        ? { value: input.budgetCents, source: { kind: 'edited' } }
        : { value: null, source: { kind: 'placeholder' } },
    owner: input.owner
      ? { value: input.owner, source: { kind: 'edited' } }
      : { value: null, source: { kind: 'placeholder' } },
  };
}
