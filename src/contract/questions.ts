/** The question catalogue as the API shows and takes it (DESIGN §3): per barrier, de and en, seven answer types. */
import { z } from 'zod';
import { AIDA_STAGES, BARRIER_KEYS } from '../core/aida.ts';
import { ANSWER_TYPES } from '../core/questions/types.ts';

const localizedTextSchema = z.object({
  de: z.string().trim().min(3, 'German text: at least 3 characters').max(400),
  en: z.string().trim().min(3, 'English text: at least 3 characters').max(400),
});

export const choiceOptionSchema = z.object({
  /** Optional when adding: Tandem numbers the options (`o1`, `o2`, …). */
  key: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _ only')
    .optional(),
  label: z.object({ de: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }),
  barrier: z.enum(BARRIER_KEYS).nullable(),
});

export const questionContentSchema = z
  .object({
    barrier: z.enum(BARRIER_KEYS).nullable(),
    aidaStage: z.enum(AIDA_STAGES).nullable(),
    answerType: z.enum(ANSWER_TYPES),
    text: localizedTextSchema,
    options: z.array(choiceOptionSchema).max(12).optional(),
    maxChoices: z.number().int().min(1).max(12).optional(),
  })
  .superRefine((value, ctx) => {
    const isChoice = value.answerType === 'single_choice' || value.answerType === 'multi_choice';
    if (isChoice && (value.options?.length ?? 0) < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'A choice question needs at least 2 options',
      });
    if (!isChoice && value.options?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `A ${value.answerType} question has no options`,
      });
  });
export type QuestionContentInput = z.infer<typeof questionContentSchema>;

export const questionViewSchema = z.object({
  id: z.number(),
  key: z.string(),
  barrier: z.enum(BARRIER_KEYS).nullable(),
  aidaStage: z.enum(AIDA_STAGES).nullable(),
  answerType: z.enum(ANSWER_TYPES),
  text: z.object({ de: z.string(), en: z.string() }),
  options: z.array(
    z.object({
      key: z.string(),
      label: z.object({ de: z.string(), en: z.string() }),
      barrier: z.string().nullable(),
    }),
  ),
  /** From the catalogue (a stable key) or written by marketing. */
  isCustom: z.boolean(),
  isArchived: z.boolean(),
  updatedAt: z.string(),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

export const questionListSchema = z.object({ items: z.array(questionViewSchema) });
export type QuestionList = z.infer<typeof questionListSchema>;

export const questionListQuerySchema = z.object({
  includeArchived: z.enum(['true', 'false']).default('false'),
});

export const updateQuestionSchema = z
  .object({ content: questionContentSchema.optional(), isArchived: z.boolean().optional() })
  .refine((value) => value.content !== undefined || value.isArchived !== undefined, {
    message: 'Send content, isArchived or both',
  });
export type UpdateQuestion = z.infer<typeof updateQuestionSchema>;
