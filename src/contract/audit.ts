import { z } from 'zod';
import { isoDateSchema } from './cockpit.ts';

export const AUDIT_PAGE_SIZE = 50;

export const auditQuerySchema = z.object({
  entity: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(60).optional(),
  action: z.string().trim().min(1).max(60).optional(),
  userId: z.coerce.number().int().positive().optional(),
  since: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  userId: z.number().nullable(),
  tokenId: z.number().nullable(),
  actor: z.object({
    userName: z.string().nullable(),
    userEmail: z.string().nullable(),
    tokenName: z.string().nullable(),
  }),
  summary: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `beforeId` for the next (older) page; null on the last page. */
  nextBeforeId: z.number().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
