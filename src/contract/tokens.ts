import { z } from 'zod';
import { roleSchema, timestampSchema } from './accounts.ts';

export const apiTokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  role: roleSchema,
  createdAt: timestampSchema,
  createdBy: z.string().nullable(),
  lastUsedAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

export const createApiTokenBodySchema = z.object({
  name: z.string().trim().min(1, 'name the integration this token is for').max(120),
  role: roleSchema,
});
export type CreateApiTokenBody = z.infer<typeof createApiTokenBodySchema>;

export const createdApiTokenSchema = z.object({
  token: apiTokenSchema,
  /** Shown once: send it as `Authorization: Bearer <secret>`. */
  secret: z.string(),
});
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
