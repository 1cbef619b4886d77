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
      }),
    ),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
