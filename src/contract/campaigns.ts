/**
 * Campaigns API (issue 7): brief from a diagnosis, edits as versions, comments, approval, export, launch,
 * weekly KPI tracking, impact evaluation and learnings. The brief travels as `briefContentSchema`; the
 * evaluation as the core's ImpactEvaluation (typed here, checked as a JSON object).
 */
import { z } from 'zod';
import { AIDA_STAGES, BARRIER_KEYS } from '../core/aida.ts';
import type { BriefContent } from '../core/brief/types.ts';
import { CAMPAIGN_STATUSES } from '../core/campaigns/status.ts';
import type { ImpactEvaluation } from '../core/impact/types.ts';
import { IMPACT_VERDICTS, LOCALES } from '../core/types.ts';
import { briefContentSchema } from './brief.ts';
import { personSchema } from './requests.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const json = z.record(z.string(), z.unknown());

export const localeQuerySchema = z.object({ locale: z.enum(LOCALES).optional() });
export const asOfQuerySchema = z.object({ asOf: isoDate.optional() });

export const createBriefBodySchema = z.object({ locale: z.enum(LOCALES).optional() });

export const campaignSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  objectiveStage: z.enum(AIDA_STAGES).nullable(),
  barriers: z.array(z.enum(BARRIER_KEYS)),
  scopeLabel: z.string(),
  requestId: z.number().nullable(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  budgetCents: z.number().nullable(),
  verdict: z.enum(IMPACT_VERDICTS).nullable(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const campaignListSchema = z.object({ items: z.array(campaignSummarySchema) });
export type CampaignList = z.infer<typeof campaignListSchema>;

export const briefVersionSchema = z.object({
  version: z.number(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

/** A campaign recorded before briefs existed (the demo's past campaign): channels, messages, KPIs as written. */
export const recordedBriefSchema = z.object({
  channels: z.array(z.string()),
  messages: z.array(z.string()),
  callToAction: z.string().nullable(),
  kpis: z.array(z.object({ key: z.string(), baseline: z.number().nullable(), goal: z.number().nullable() })),
});

export const campaignDetailSchema = z.object({
  campaign: campaignSummarySchema.extend({
    approvedByName: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedVersion: z.number().nullable(),
  }),
  brief: briefContentSchema.nullable(),
  recorded: recordedBriefSchema.nullable(),
  version: z.number().nullable(),
  versions: z.array(briefVersionSchema),
  /** Active marketing people (admins after them) the brief's owner is picked from. */
  owners: z.array(personSchema),
});
export type CampaignDetail = Omit<z.infer<typeof campaignDetailSchema>, 'brief'> & {
  brief: BriefContent | null;
};

export const updateBriefBodySchema = z.object({
  /** The version the edit started from: a newer one means someone else saved first (409). */
  baseVersion: z.number().int().positive(),
  brief: briefContentSchema,
});

export const diffQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
export const briefDiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  changes: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(['changed', 'added', 'removed']),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
export type BriefDiff = z.infer<typeof briefDiffSchema>;

export const recomputeResultSchema = z.object({
  detail: campaignDetailSchema,
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  isForecastMoved: z.boolean(),
});

export const commentBodySchema = z.object({ body: z.string().trim().min(1, 'write a comment').max(4000) });
export const campaignCommentSchema = z.object({
  id: z.number(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});
export const campaignCommentListSchema = z.object({ items: z.array(campaignCommentSchema) });
export type CampaignComment = z.infer<typeof campaignCommentSchema>;

export const launchBodySchema = z
  .object({ startOn: isoDate, endOn: isoDate })
  .refine((body) => body.endOn > body.startOn, { message: 'endOn must be after startOn', path: ['endOn'] });
export type LaunchBody = z.infer<typeof launchBodySchema>;

export const trackingSchema = z.object({
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  kpis: z.array(
    z.object({
      key: z.string(),
      /** Σ target pre-period level: counts per week, ratios as the ratio. */
      baselineLevel: z.number().nullable(),
      controlLabels: z.array(z.string()),
      weeks: z.array(
        z.object({
          weekStart: z.string(),
          target: z.number().nullable(),
          /** The pooled controls scaled to the target's pre-period level: where the target "should" be. */
          control: z.number().nullable(),
          forecast: z.number().nullable(),
        }),
      ),
    }),
  ),
  unmeasured: z.array(z.string()),
});
export type Tracking = z.infer<typeof trackingSchema>;

export const evaluationViewSchema = z.object({
  evaluatedOn: z.string(),
  verdict: z.enum(IMPACT_VERDICTS),
  evaluation: json,
  reason: z.string(),
  warnings: z.array(z.string()),
  unmeasured: z.array(z.string()),
  /** The targeted scope's bookings against the engine's forecast as of the start, in words (which forecast, too). */
  forecastCheck: z.string().nullable(),
});
/** As sent (the evaluation as JSON); the client reads it as EvaluationView. */
export type EvaluationPayload = z.infer<typeof evaluationViewSchema>;
export type EvaluationView = Omit<z.infer<typeof evaluationViewSchema>, 'evaluation'> & {
  evaluation: ImpactEvaluation;
};
export const evaluationResultSchema = z.object({ evaluation: evaluationViewSchema.nullable() });
export const evaluateBodySchema = z.object({ asOf: isoDate.optional(), locale: z.enum(LOCALES).optional() });

export const learningsQuerySchema = z.object({
  barrier: z.enum(BARRIER_KEYS).optional(),
  stage: z.enum(AIDA_STAGES).optional(),
});
export const learningListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      campaignId: z.number().nullable(),
      barrier: z.enum(BARRIER_KEYS).nullable(),
      aidaStage: z.enum(AIDA_STAGES).nullable(),
      channels: z.array(z.string()),
      effectPct: z.number().nullable(),
      verdict: z.enum(IMPACT_VERDICTS),
      summary: z.string(),
      match: z.enum(['barrier_and_stage', 'barrier', 'stage']).nullable(),
    }),
  ),
});
export type LearningList = z.infer<typeof learningListSchema>;
