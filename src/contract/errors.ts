import { z } from 'zod';
import { ERROR_CODES } from '../core/errors.ts';

/** The one error shape every API failure has. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(
      z.object({
        field: z.string().optional(),
        line: z.number().optional(),
        value: z.string().optional(),
        message: z.string(),
        /** Import problems: a stable code and its parameters, to word the message in the reader's language. */
        code: z.string().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    ),
    /** The code and parameters of `message` itself, where it has them (import problems). */
    problem: z
      .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
      .optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
