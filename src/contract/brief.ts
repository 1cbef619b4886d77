/**
 * The campaign brief as the API accepts it back from the editor (core/brief/types.ts): every field checked, so a
 * bad edit is a 400 naming the path (`stages.2.channels.0.value`). The gap goal is not editable (the server keeps
 * its own and recomputes it), so it passes through unchecked.
 */
import { z } from 'zod';
import { AIDA_STAGES, BARRIER_KEYS } from '../core/aida.ts';
import { BRIEF_SOURCE_KINDS, type BriefContent } from '../core/brief/types.ts';
import { LOCALES, VERDICTS } from '../core/types.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const stage = z.enum(AIDA_STAGES);
const barrier = z.enum(BARRIER_KEYS);

const sourceSchema = z.object({
  kind: z.enum(BRIEF_SOURCE_KINDS),
  barrier: barrier.optional(),
  share: z.number().optional(),
  stage: stage.optional(),
  field: z.string().optional(),
});

function suggested<T extends z.ZodType>(value: T) {
  return z.object({ value, source: sourceSchema });
}

const text = suggested(z.string().max(4000));
/** A message, proof point or channel in a list: an empty one is a forgotten edit, not content. */
const listText = suggested(z.string().trim().min(1, 'an empty item: fill it in or remove it').max(4000));
const interval = z.object({ low: z.number(), high: z.number() });
const evidence = z.object({
  kind: z.enum(['quote', 'lost_reason', 'answer', 'deal', 'metric']),
  text: z.string(),
  ref: z.string().optional(),
});

const briefObjectSchema = z.object({
  schemaVersion: z.literal(1),
  locale: z.enum(LOCALES),
  preparedOn: isoDate,
  title: suggested(z.string().trim().min(1, 'a title is needed').max(200)),
  fit: z.object({
    verdict: z.enum(VERDICTS),
    isCampaignAdvised: z.boolean(),
    statement: text,
    routes: z.array(z.object({ to: z.enum(['pricing', 'product', 'service']), barrier, share: z.number() })),
  }),
  objective: z.object({
    stage: suggested(stage.nullable()),
    statement: text,
    confidence: z.number().nullable(),
  }),
  targetGroup: z.object({
    scope: z.object({
      product: z.string().optional(),
      segment: z.string().optional(),
      region: z.string().optional(),
      team: z.string().optional(),
      owner: z.string().optional(),
    }),
    label: text,
    description: text,
  }),
  barriers: z.array(
    z.object({
      key: barrier,
      share: z.number(),
      interval: interval.nullable(),
      aidaStage: stage.nullable(),
      isAddressed: z.boolean(),
      campaignCanHelp: z.enum(['yes', 'partly', 'no']),
      evidence: z.array(evidence),
    }),
  ),
  stages: z.array(
    z.object({
      stage,
      isObjective: z.boolean(),
      messages: z.array(listText),
      proofPoints: z.array(listText),
      channels: z.array(listText),
    }),
  ),
  messageHouse: z.object({
    umbrella: text,
    pillars: z.array(z.object({ barrier, title: text, message: text, proofPoints: z.array(listText) })),
  }),
  tone: text,
  callToAction: text,
  kpis: z.array(
    z.object({
      key: z.string().min(1),
      unit: z.enum(['per_week', 'rate', 'cents', 'days', 'percent']),
      direction: z.enum(['increase', 'decrease']),
      baseline: suggested(z.number().finite()),
      goal: suggested(z.number().finite().nullable()),
    }),
  ),
  gapGoal: z.unknown(),
  timeline: z.object({
    startOn: suggested(isoDate),
    endOn: suggested(isoDate),
    evaluateOn: suggested(isoDate),
  }),
  budgetCents: suggested(
    z
      .number()
      .int('expected whole cents')
      .nonnegative('a budget cannot be negative')
      .max(100_000_000_000, 'expected at most €1,000,000,000')
      .nullable(),
  ),
  owner: suggested(z.string().trim().min(1, 'pick an owner or leave it empty').max(200).nullable()),
});

/** The timeline must run forward: start, then end, then the evaluation. */
export const briefContentSchema = briefObjectSchema.superRefine((brief, context) => {
  const { startOn, endOn, evaluateOn } = brief.timeline;
  if (endOn.value <= startOn.value)
    context.addIssue({
      code: 'custom',
      path: ['timeline', 'endOn', 'value'],
      message: `the end (${endOn.value}) must be after the start (${startOn.value})`,
    });
  if (evaluateOn.value < endOn.value)
    context.addIssue({
      code: 'custom',
      path: ['timeline', 'evaluateOn', 'value'],
      message: `the evaluation (${evaluateOn.value}) cannot be before the end (${endOn.value})`,
    });
});

/** The schema's output is the core type; the gap goal is replaced by the server's own. */
export function toBriefContent(parsed: z.infer<typeof briefContentSchema>): BriefContent {
  return parsed as unknown as BriefContent;
}
