/** Acknowledge or dismiss an alert (audited); a move the lifecycle does not allow is a CONFLICT. */
import { canMoveAlert } from '../core/alerts.ts';
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { getAlert } from './get-alert.ts';
import { type Actor, recordAudit } from './record-audit.ts';

export interface ChangeAlertStatusInput {
  storage: Storage;
  actor: Actor;
  id: number;
  status: 'acknowledged' | 'dismissed';
  reason: string | null;
}

export async function changeAlertStatus(input: ChangeAlertStatusInput) {
  const { storage, actor, id } = input;
  await storage.transaction(async (trx) => {
    const before = await trx.alerts.get(actor.workspaceId, id);
    if (before.status === input.status) return;
    if (!canMoveAlert(before.status, input.status)) {
      throw new AppError('CONFLICT', `Alert ${id} is ${before.status} and cannot become ${input.status}`);
    }
    await trx.alerts.setStatus(actor.workspaceId, id, {
      status: input.status,
      reason: input.reason,
      userId: actor.userId,
    });
    await recordAudit(trx, actor, {
      action: input.status === 'dismissed' ? 'dismiss' : 'acknowledge',
      entity: 'alert',
      entityId: id,
      before: { status: before.status, reason: before.statusReason },
      after: { status: input.status, reason: input.reason },
    });
  });
  return getAlert({ storage, workspaceId: actor.workspaceId, id });
}
