/**
 * The diagnosis page's data (DESIGN §5, §8 "Diagnosis"): the stored diagnosis of a request with its plain-words
 * verdict, the deals and people its evidence names, who answered, and what worked before. The diagnosis itself
 * mirrors core's `Diagnosis` (core/diagnosis/types.ts); the `satisfies` check in app/get-diagnosis.ts keeps the
 * two in step.
 */
import { z } from 'zod';
import { AIDA_STAGES, BARRIER_KEYS } from '../core/aida.ts';
import { VERDICT_REASON_CODES } from '../core/diagnosis/verdict-rules.ts';
import { IMPACT_VERDICTS, REQUEST_STATUSES, VERDICTS } from '../core/types.ts';
import { RECIPIENT_STATUSES } from '../storage/collaboration-port.ts';
import { dealSummarySchema } from './answers.ts';

const localizedSchema = z.object({ de: z.string(), en: z.string() });
const stageSchema = z.enum(AIDA_STAGES);
const barrierSchema = z.enum(BARRIER_KEYS);
const intervalShape = { low: z.number(), high: z.number() };
const estimateSchema = z.object({ estimate: z.number(), ...intervalShape });
const proportionSchema = z.object({
  count: z.number(),
  total: z.number(),
  share: z.number(),
  ...intervalShape,
});
const differenceSchema = z.object({ difference: z.number(), isSignificant: z.boolean(), ...intervalShape });

export const verdictReasonSchema = z.object({
  code: z.enum(VERDICT_REASON_CODES),
  params: z.object({
    barrier: barrierSchema.nullable(),
    stage: stageSchema.nullable(),
    sharePct: z.number().nullable(),
    lowPct: z.number().nullable(),
    highPct: z.number().nullable(),
    baselinePct: z.number().nullable(),
    routeTo: z.enum(['pricing', 'product', 'service']).nullable(),
  }),
});

export const barrierFindingSchema = z.object({
  rank: z.number(),
  barrier: barrierSchema,
  aidaStage: stageSchema.nullable(),
  campaignCanHelp: z.enum(['yes', 'partly', 'no']),
  routeTo: z.enum(['pricing', 'product', 'service']).nullable(),
  share: estimateSchema.nullable(),
  lostReasons: z.object({
    now: proportionSchema.nullable(),
    baseline: proportionSchema.nullable(),
    siblings: proportionSchema.nullable(),
    changeVsBaseline: differenceSchema.nullable(),
    differenceVsSiblings: differenceSchema.nullable(),
  }),
  answers: z.object({
    score: estimateSchema.nullable(),
    scoreReps: z.number(),
    support: estimateSchema.nullable(),
    namedBy: z.number(),
  }),
  evidence: z.object({
    quotes: z.array(
      z.object({
        repId: z.number(),
        questionKey: z.string(),
        text: z.string(),
        because: z.array(z.string()),
      }),
    ),
    linkedDealIds: z.array(z.number()),
    lostDealIds: z.array(z.number()),
    lostReasonTexts: z.array(z.object({ dealId: z.number(), text: z.string() })),
  }),
});
export type BarrierFindingView = z.infer<typeof barrierFindingSchema>;

export const diagnosisSchema = z.object({
  verdict: z.enum(VERDICTS),
  reason: verdictReasonSchema,
  alsoRoute: z.array(verdictReasonSchema),
  aidaStage: stageSchema.nullable(),
  stageShares: z.array(z.object({ stage: stageSchema, share: z.number() })),
  funnel: z
    .object({ aidaStage: stageSchema.nullable(), indicator: z.string(), agreesWithBarriers: z.boolean() })
    .nullable(),
  confidence: z.object({
    value: z.number(),
    reps: z.object({ answered: z.number(), coverage: z.number(), factor: z.number() }),
    agreement: z.object({ overlap: z.number().nullable(), factor: z.number() }),
    precision: z.object({ topIntervalWidth: z.number().nullable(), factor: z.number() }),
  }),
  barriers: z.array(barrierFindingSchema),
  competitors: z.array(
    z.object({
      name: z.string(),
      namedByReps: z.number(),
      better: z.array(z.string()),
      lostNow: z.number(),
      lostBaseline: z.number(),
      shareNow: z.number(),
      shareBaseline: z.number(),
    }),
  ),
  counts: z.object({
    answers: z.number(),
    repsAnswered: z.number(),
    lostNow: z.number(),
    lostNowCoded: z.number(),
    lostBaselineCoded: z.number(),
    lostSiblingsCoded: z.number(),
  }),
  ignoredAnswers: z.array(
    z.object({
      repId: z.number(),
      questionKey: z.string(),
      problems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
    }),
  ),
});
export type DiagnosisView = z.infer<typeof diagnosisSchema>;

const rangeSchema = z.object({ from: z.string(), to: z.string() });

export const diagnosisPageSchema = z.object({
  request: z.object({
    id: z.number(),
    title: z.string(),
    scopeLabel: z.string(),
    status: z.enum(REQUEST_STATUSES),
  }),
  /** Who was asked and who answered, over all the request's question sets. */
  progress: z.array(
    z.object({
      questionSetId: z.number(),
      title: z.string(),
      deadlineOn: z.string(),
      recipients: z.array(
        z.object({ userId: z.number(), name: z.string(), status: z.enum(RECIPIENT_STATUSES) }),
      ),
    }),
  ),
  /** null until the first computation. */
  result: z
    .object({
      computedAt: z.string(),
      diagnosis: diagnosisSchema,
      /** The verdict's reason and the routing notes in plain words. */
      reasonText: localizedSchema,
      alsoRouteTexts: z.array(localizedSchema),
      window: z.object({ current: rangeSchema, baseline: rangeSchema }),
      siblingScopes: z.array(z.string()),
      /** Names of the reps the quotes come from. */
      reps: z.array(z.object({ id: z.number(), name: z.string() })),
      /** The deals the evidence names (linked and, a few per barrier, lost). */
      deals: z.array(dealSummarySchema),
      learnings: z.array(
        z.object({
          match: z.enum(['barrier_and_stage', 'barrier', 'stage']),
          barrier: barrierSchema.nullable(),
          aidaStage: stageSchema.nullable(),
          channels: z.array(z.string()),
          effectPct: z.number().nullable(),
          verdict: z.enum(IMPACT_VERDICTS),
          summary: z.string(),
        }),
      ),
    })
    .nullable(),
});
export type DiagnosisPage = z.infer<typeof diagnosisPageSchema>;
