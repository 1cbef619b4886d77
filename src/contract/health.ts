import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  migration: z.object({ level: z.string().nullable(), latest: z.string(), isCurrent: z.boolean() }),
});
export type Health = z.infer<typeof healthSchema>;

export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: z.object({ isOk: z.boolean(), message: z.string().optional() }),
    migrations: z.object({ isOk: z.boolean(), level: z.string().nullable(), latest: z.string() }),
  }),
});
export type Readiness = z.infer<typeof readinessSchema>;
