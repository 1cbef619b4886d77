/** Support requests (DESIGN §1 "Request", §2): creation from an alert or by hand, the workflow, comments, sets. */
import { z } from 'zod';
import { AIDA_STAGES, BARRIER_KEYS } from '../core/aida.ts';
import { ALERT_KINDS, REQUEST_STATUSES, ROLES, SEVERITIES } from '../core/types.ts';
import { alertDriverSchema, alertForecastSchema } from './alerts.ts';
import { questionViewSchema } from './questions.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const id = z.number().int().positive();

export const scopeSchema = z.object({
  product: id.optional(),
  segment: id.optional(),
  region: id.optional(),
  team: id.optional(),
  owner: id.optional(),
});

export const evidenceSchema = z.object({
  asOf: z.string(),
  scope: scopeSchema,
  scopeNames: z.record(z.string(), z.string()),
  alert: z
    .object({
      id: z.number(),
      kind: z.enum(ALERT_KINDS),
      indicator: z.string(),
      severity: z.enum(SEVERITIES),
      asOf: z.string(),
      firstDetectedOn: z.string(),
      changeStartOn: z.string().nullable(),
      changePct: z.number().nullable(),
    })
    .nullable(),
  aidaStage: z.enum(AIDA_STAGES).nullable(),
  forecast: alertForecastSchema.nullable(),
  weeksLeft: z.number().nullable(),
  drivers: z.array(alertDriverSchema),
  reasonShifts: z.array(
    z.object({ barrier: z.enum(BARRIER_KEYS), baselineShare: z.number(), currentShare: z.number() }),
  ),
  suggestedQuestions: z.array(z.string()),
});
export type EvidenceView = z.infer<typeof evidenceSchema>;

export const personSchema = z.object({ id: z.number(), name: z.string(), role: z.enum(ROLES) });
export type PersonView = z.infer<typeof personSchema>;

export const requestSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  status: z.enum(REQUEST_STATUSES),
  scopeLabel: z.string(),
  aidaStage: z.enum(AIDA_STAGES).nullable(),
  requestedBy: personSchema.nullable(),
  marketingOwner: personSchema.nullable(),
  dueOn: z.string().nullable(),
  alertIds: z.array(z.number()),
  /** Across the request's sent question sets: reps asked and reps who submitted. */
  progress: z.object({ asked: z.number(), answered: z.number() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestListSchema = z.object({ items: z.array(requestSummarySchema) });
export type RequestList = z.infer<typeof requestListSchema>;

export const requestListQuerySchema = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  mine: z.enum(['true', 'false']).default('false'),
});

export const createRequestSchema = z.object({
  /** From an alert: its evidence is frozen into the request. Without it, `scope` says what the request is about. */
  alertId: id.optional(),
  scope: scopeSchema.optional(),
  title: z.string().trim().min(3).max(200).optional(),
  marketingOwnerId: id.nullable(),
  dueOn: isoDate.nullable(),
  /** What the sales manager wants to add in words: the request's first comment. */
  note: z.string().trim().max(4000).optional(),
});
export type CreateRequest = z.infer<typeof createRequestSchema>;

export const updateRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(200).optional(),
    marketingOwnerId: id.nullable().optional(),
    dueOn: isoDate.nullable().optional(),
    status: z.enum(REQUEST_STATUSES).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'Nothing to change' });
export type UpdateRequest = z.infer<typeof updateRequestSchema>;

export const commentSchema = z.object({
  id: z.number(),
  author: personSchema.nullable(),
  body: z.string(),
  mentions: z.array(personSchema),
  createdAt: z.string(),
});
export type CommentView = z.infer<typeof commentSchema>;

export const createCommentSchema = z.object({ body: z.string().trim().min(1).max(4000) });

export const activitySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  summary: z.record(z.string(), z.unknown()),
});
export type ActivityView = z.infer<typeof activitySchema>;

export const recipientSchema = z.object({
  user: personSchema,
  status: z.enum(['pending', 'draft', 'submitted']),
  submittedAt: z.string().nullable(),
  /** Questions of the set this rep has answered so far (drafts included), from the answers. */
  answeredQuestions: z.number(),
});

export const questionSetSchema = z.object({
  id: z.number(),
  title: z.string(),
  status: z.enum(['draft', 'sent', 'closed']),
  deadlineOn: z.string(),
  sentAt: z.string().nullable(),
  questions: z.array(questionViewSchema),
  recipients: z.array(recipientSchema),
});
export type QuestionSetView = z.infer<typeof questionSetSchema>;

export const requestDetailSchema = z.object({
  request: requestSummarySchema,
  evidence: evidenceSchema,
  /** Statuses the caller may move the request to now. */
  moves: z.array(z.enum(REQUEST_STATUSES)),
  comments: z.array(commentSchema),
  activity: z.array(activitySchema),
  questionSets: z.array(questionSetSchema),
  /** Active people of the workspace: marketing owners to pick, names to @mention. */
  people: z.array(personSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const requestDraftQuerySchema = z.object({ alert: z.coerce.number().int().positive().optional() });

export const requestDraftSchema = z.object({
  alertId: z.number().nullable(),
  alertStatus: z.string().nullable(),
  title: z.string(),
  evidence: evidenceSchema.nullable(),
  /** Open requests already made from this alert: link to them instead of asking twice. */
  openRequestIds: z.array(z.number()),
  owners: z.array(personSchema),
  dimensions: z.object({
    products: z.array(z.object({ id: z.number(), name: z.string() })),
    segments: z.array(z.object({ id: z.number(), name: z.string() })),
    regions: z.array(z.object({ id: z.number(), name: z.string() })),
  }),
  suggestedDueOn: z.string(),
});
export type RequestDraft = z.infer<typeof requestDraftSchema>;

export const proposalSchema = z.object({
  title: z.string(),
  deadlineOn: z.string(),
  questions: z.array(
    z.object({ question: questionViewSchema, because: z.object({ de: z.string(), en: z.string() }) }),
  ),
  reps: z.array(
    z.object({ user: personSchema, dealCount: z.number(), lostCount: z.number(), isSuggested: z.boolean() }),
  ),
});
export type QuestionSetProposal = z.infer<typeof proposalSchema>;

export const sendQuestionSetSchema = z.object({
  title: z.string().trim().min(3).max(200),
  deadlineOn: isoDate,
  questionIds: z
    .array(id)
    .min(1, 'Pick at least one question')
    .max(12, 'At most 12 questions: keep it short'),
  recipientIds: z.array(id).min(1, 'Pick at least one rep').max(100),
});
export type SendQuestionSet = z.infer<typeof sendQuestionSetSchema>;
