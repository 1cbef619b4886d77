/**
 * The one way a write is recorded in the audit log: who (user or API token, from which address), what (action
 * on an entity and its id) and the change (only the fields that differ; secrets redacted by core).
 *
 * Conventions: `entity` is a singular snake_case noun (`user`, `api_token`, `support_request`), `action` a
 * snake_case verb (`create`, `update`, `delete`, `change_role`, `log_in`). Pass the transaction's storage when
 * the write runs in one, so the entry lands or rolls back with it:
 *
 *   await ctx.storage.transaction(async (trx) => {
 *     const after = await trx.deals.update(…);
 *     await recordAudit(trx, principal, { action: 'update', entity: 'deal', entityId: id, before, after });
 *   });
 */
import { type AuditValues, summarizeChange } from '../core/audit-summary.ts';
import type { Storage } from '../storage/port.ts';

/** Who acts: a Principal fits as it is; the console passes `{ workspaceId, userId: null }`. */
export interface Actor {
  workspaceId: number;
  userId: number | null;
  tokenId?: number | null;
  ip?: string | null;
}

export interface AuditChange {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: AuditValues;
  after?: AuditValues;
  /** Extra context that is not a field of the entity (e.g. `{ via: 'console' }`); kept as given. */
  context?: AuditValues;
}

/** Records one audit entry; an update whose before and after are equal records nothing. */
export async function recordAudit(storage: Storage, actor: Actor, change: AuditChange): Promise<void> {
  const summary = summarizeChange({
    ...(change.before ? { before: change.before } : {}),
    ...(change.after ? { after: change.after } : {}),
  });
  const isEmptyUpdate = change.before && change.after && !summary.before && !summary.after;
  if (isEmptyUpdate) return;
  await storage.audit.record({
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    tokenId: actor.tokenId ?? null,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId === null ? null : String(change.entityId),
    summary: { ...summary, ...(change.context ? { context: change.context } : {}) },
    ip: actor.ip ?? null,
  });
}
