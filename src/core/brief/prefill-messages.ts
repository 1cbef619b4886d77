/**
 * The message side of the brief: which barriers it addresses, the AIDA plan (message, proof and channels per
 * stage) and the message house (umbrella, one pillar per addressed barrier). Suggestions come from the barrier
 * playbook and carry the diagnosis as their source; stages no barrier sits on get the stage defaults.
 */
import { AIDA_STAGES, type AidaStage, getBarrier } from '../aida.ts';
import type { Locale } from '../types.ts';
import {
  type BarrierPlaybook,
  fillTemplate,
  getBarrierPlaybook,
  STAGE_PLAYBOOK,
  type TemplateScope,
} from './playbook.ts';
import type {
  BriefBarrier,
  BriefSource,
  BriefStagePlan,
  DiagnosedBarrier,
  DiagnosisSummary,
  MessageHouse,
  Suggested,
} from './types.ts';

/** A barrier below this share of the evidence gets no pillar of its own. */
export const MIN_ADDRESSED_SHARE = 0.1;
/** Three pillars at most: a message house with more says nothing. */
export const MAX_PILLARS = 3;

export interface MessageContext {
  locale: Locale;
  scope: TemplateScope;
}

/** The barriers the brief speaks to: the top three with ≥ 10 % share, and at least the top one. */
export function selectAddressed(diagnosis: DiagnosisSummary): DiagnosedBarrier[] {
  const ranked = [...diagnosis.barriers].sort((a, b) => b.share - a.share);
  const large = ranked.filter((barrier) => barrier.share >= MIN_ADDRESSED_SHARE).slice(0, MAX_PILLARS);
  return large.length > 0 ? large : ranked.slice(0, 1);
}

export function listBriefBarriers(
  diagnosis: DiagnosisSummary,
  addressed: readonly DiagnosedBarrier[],
): BriefBarrier[] {
  const keys = new Set(addressed.map((barrier) => barrier.key));
  return [...diagnosis.barriers]
    .sort((a, b) => b.share - a.share)
    .map((barrier) => {
      const definition = getBarrier(barrier.key);
      return {
        key: barrier.key,
        share: barrier.share,
        interval: barrier.interval ?? null,
        aidaStage: definition.aidaStage,
        isAddressed: keys.has(barrier.key),
        campaignCanHelp: definition.campaignCanHelp,
        evidence: barrier.evidence.map((item) => ({ ...item })),
      };
    });
}

export function sourceOf(barrier: DiagnosedBarrier): BriefSource {
  return { kind: 'diagnosis', barrier: barrier.key, share: barrier.share };
}

function suggestFrom<T>(value: T, source: BriefSource): Suggested<T> {
  return { value, source: { ...source } };
}

interface Pillar {
  barrier: DiagnosedBarrier;
  playbook: BarrierPlaybook;
}

function planStage(
  stage: AidaStage,
  pillars: readonly Pillar[],
  context: MessageContext,
): Omit<BriefStagePlan, 'isObjective'> {
  const { locale, scope } = context;
  const fill = (text: Parameters<typeof fillTemplate>[0]) => fillTemplate(text, locale, scope);
  const here = pillars.filter((pillar) => pillar.playbook.messageStage === stage);
  const stageSource: BriefSource = { kind: 'catalogue', stage };
  const defaults = STAGE_PLAYBOOK[stage];
  const messages = here.length
    ? here.map((p) => suggestFrom(fill(p.playbook.message), sourceOf(p.barrier)))
    : [suggestFrom(fill(defaults.defaultMessage), stageSource)];
  const proofPoints = here.length
    ? here.flatMap((p) =>
        p.playbook.proofPoints.map((proof) => suggestFrom(fill(proof), sourceOf(p.barrier))),
      )
    : [suggestFrom(fill(defaults.defaultProof), stageSource)];
  const channels = [
    ...defaults.channels.map((channel) => suggestFrom(fill(channel), stageSource)),
    ...here.flatMap((p) =>
      p.playbook.channels.map((channel) => suggestFrom(fill(channel), sourceOf(p.barrier))),
    ),
  ];
  return { stage, messages, proofPoints, channels };
}

/** Message, proof points and channels for each AIDA stage, in funnel order. */
export function planStages(
  addressed: readonly DiagnosedBarrier[],
  objectiveStage: AidaStage | null,
  context: MessageContext,
): BriefStagePlan[] {
  const pillars = addressed.map((barrier) => ({ barrier, playbook: getBarrierPlaybook(barrier.key) }));
  return AIDA_STAGES.map((stage) => ({
    ...planStage(stage, pillars, context),
    isObjective: stage === objectiveStage,
  }));
}

/** Umbrella message from the main barrier, one pillar per addressed barrier. */
export function buildMessageHouse(
  addressed: readonly DiagnosedBarrier[],
  context: MessageContext,
): MessageHouse {
  const fill = (text: Parameters<typeof fillTemplate>[0]) =>
    fillTemplate(text, context.locale, context.scope);
  const [main] = addressed;
  if (!main) throw new Error('buildMessageHouse needs at least one barrier');
  return {
    umbrella: suggestFrom(fill(getBarrierPlaybook(main.key).umbrella), sourceOf(main)),
    pillars: addressed.map((barrier) => {
      const playbook = getBarrierPlaybook(barrier.key);
      const source = sourceOf(barrier);
      return {
        barrier: barrier.key,
        title: suggestFrom(fill(playbook.pillarTitle), source),
        message: suggestFrom(fill(playbook.message), source),
        proofPoints: playbook.proofPoints.map((proof) => suggestFrom(fill(proof), source)),
      };
    }),
  };
}
