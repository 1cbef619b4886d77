/**
 * "Texts & codes" (issue 6 item 5): the workspace's coded texts — lost reasons and rep answers — with the code,
 * the words that decided it and whether marketing confirmed it; and relabelling, which stores a confirmed label
 * and retrains the workspace's model.
 */
import { z } from 'zod';
import { CODE_KEYS } from '../core/coding/naive-bayes.ts';

export const CODED_TEXT_SOURCES = ['lost_reason', 'answer'] as const;
export const codeKeySchema = z.enum(CODE_KEYS);

export const codedTextSchema = z.object({
  source: z.enum(CODED_TEXT_SOURCES),
  /** Deal id for a lost reason, answer id for an answer. */
  sourceId: z.number(),
  text: z.string(),
  /** Where it comes from, for people: the deal's name, or the question set's title. */
  context: z.string(),
  date: z.string().nullable(),
  barrier: codeKeySchema,
  /** The coder's confidence 0–1; 1 for a confirmed label. */
  confidence: z.number(),
  /** The words that decided the coder's code. */
  because: z.array(z.string()),
  /** Marketing's confirmed label, when there is one (it wins over the coder). */
  label: z.object({ barrier: codeKeySchema, by: z.string().nullable(), at: z.string() }).nullable(),
});
export type CodedText = z.infer<typeof codedTextSchema>;

export const codedTextQuerySchema = z.object({
  source: z.enum(CODED_TEXT_SOURCES).default('lost_reason'),
  barrier: codeKeySchema.optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CodedTextQuery = z.input<typeof codedTextQuerySchema>;

export const codedTextListSchema = z.object({
  items: z.array(codedTextSchema),
  /** Texts matching the filter (the list shows the newest `limit`). */
  total: z.number(),
  /** Confirmed labels the workspace's model learns from. */
  labelCount: z.number(),
});
export type CodedTextList = z.infer<typeof codedTextListSchema>;

export const relabelSchema = z.object({
  source: z.enum(CODED_TEXT_SOURCES),
  sourceId: z.number().int().positive(),
  barrier: codeKeySchema,
});
export type RelabelBody = z.infer<typeof relabelSchema>;
