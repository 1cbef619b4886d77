import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  migration: z.object({ level: z.string().nullable(), latest: z.string(), isCurrent: z.boolean() }),
});
export type Health = z.infer<typeof healthSchema>;
