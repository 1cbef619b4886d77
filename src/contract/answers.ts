/**
 * The rep's side of a question set (issue 6 item 4): the inbox of sets sent to me, the answer form's data, drafts
 * and submission, and the search over my own deals to link as examples.
 */
import { z } from 'zod';
import { AIDA_STAGES, BARRIER_KEYS } from '../core/aida.ts';
import { ANSWER_TYPES } from '../core/questions/types.ts';
import { DEAL_OUTCOMES } from '../core/types.ts';
import { QUESTION_SET_STATUSES, RECIPIENT_STATUSES } from '../storage/collaboration-port.ts';

const localizedSchema = z.object({ de: z.string(), en: z.string() });
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const inboxItemSchema = z.object({
  id: z.number(),
  title: z.string(),
  requestTitle: z.string(),
  /** "OptiScan × Automotive"; empty for the whole workspace. */
  scopeLabel: z.string(),
  from: z.string().nullable(),
  deadlineOn: dateSchema,
  sentAt: z.string().nullable(),
  setStatus: z.enum(QUESTION_SET_STATUSES),
  myStatus: z.enum(RECIPIENT_STATUSES),
  questionCount: z.number(),
  answeredCount: z.number(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxSchema = z.object({ items: z.array(inboxItemSchema) });
export type Inbox = z.infer<typeof inboxSchema>;

export const formQuestionSchema = z.object({
  id: z.number(),
  key: z.string(),
  answerType: z.enum(ANSWER_TYPES),
  barrier: z.enum(BARRIER_KEYS).nullable(),
  aidaStage: z.enum(AIDA_STAGES).nullable(),
  text: localizedSchema,
  options: z.array(z.object({ key: z.string(), label: localizedSchema })),
  maxChoices: z.number().nullable(),
});
export type FormQuestion = z.infer<typeof formQuestionSchema>;

export const dealSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  account: z.string().nullable(),
  amountCents: z.number(),
  currency: z.string(),
  stage: z.string(),
  outcome: z.enum(DEAL_OUTCOMES),
  closedOn: z.string().nullable(),
  expectedCloseOn: z.string().nullable(),
  lostReason: z.string().nullable(),
  competitor: z.string().nullable(),
  /** Open, and its expected close date has passed: the deal is stuck. */
  isStalled: z.boolean(),
});
export type DealSummary = z.infer<typeof dealSummarySchema>;

export const myAnswerSchema = z.object({
  questionId: z.number(),
  value: z.unknown(),
  quote: z.string().nullable(),
  dealIds: z.array(z.number()),
  updatedAt: z.string().nullable(),
});
export type MyAnswer = z.infer<typeof myAnswerSchema>;

export const answerProblemSchema = z.object({
  questionId: z.number(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type AnswerProblemView = z.infer<typeof answerProblemSchema>;

export const answerFormSchema = z.object({
  set: inboxItemSchema.extend({ requestId: z.number() }),
  submittedAt: z.string().nullable(),
  /** False once I submitted or the set was closed: the form is read-only then. */
  isEditable: z.boolean(),
  questions: z.array(formQuestionSchema),
  answers: z.array(myAnswerSchema),
  /** The deals my answers link, for their names. */
  linkedDeals: z.array(dealSummarySchema),
  /** What a draft save found still wrong or missing; submission refuses while this is not empty. */
  problems: z.array(answerProblemSchema),
});
export type AnswerForm = z.infer<typeof answerFormSchema>;

export const MAX_QUOTE_CHARS = 2000;
export const MAX_LINKED_DEALS = 20;

export const answerInputSchema = z.object({
  questionId: z.number().int().positive(),
  /** Any JSON value: drafts keep what the rep typed; submission validates it against the question. */
  value: z.unknown().optional(),
  quote: z.string().max(MAX_QUOTE_CHARS).nullable().optional(),
  dealIds: z.array(z.number().int().positive()).max(MAX_LINKED_DEALS).optional(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

export const saveAnswersSchema = z.object({ answers: z.array(answerInputSchema).max(50) });
export type SaveAnswersBody = z.infer<typeof saveAnswersSchema>;

export const dealSearchQuerySchema = z.object({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type DealSearchQuery = z.input<typeof dealSearchQuerySchema>;

export const dealSearchSchema = z.object({ items: z.array(dealSummarySchema) });
export type DealSearch = z.infer<typeof dealSearchSchema>;
