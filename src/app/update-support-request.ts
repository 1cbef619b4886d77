/**
 * Changes a request: its title, marketing owner, due date, or status along the workflow
 * (core/requests/workflow.ts). A move the caller's role may not make is refused naming the moves it may make;
 * a closed request stays closed. A new owner hears of it.
 */
import type { UpdateRequest } from '../contract/requests.ts';
import { AppError } from '../core/errors.ts';
import { canMoveRequest, listRequestMoves } from '../core/requests/workflow.ts';
import type { RequestStatus } from '../core/types.ts';
import type { Principal } from '../server/principal.ts';
import type { Storage, SupportRequestRecord } from '../storage/port.ts';
import { recordAudit } from './record-audit.ts';
import { checkMarketingOwner, notifyOwner } from './request-owner.ts';
import { getRequestRecord } from './request-views.ts';

function checkMove(request: SupportRequestRecord, to: RequestStatus, principal: Principal): void {
  if (to === request.status) return;
  if (canMoveRequest({ from: request.status, to, by: principal.role })) return;
  const allowed = listRequestMoves({ from: request.status, by: principal.role });
  throw new AppError(
    'CONFLICT',
    `A request cannot move from ${request.status} to ${to} by ${principal.role}` +
      (allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '; no move is allowed for this role now'),
    [
      {
        field: 'body.status',
        value: to,
        message: `allowed from ${request.status}: ${allowed.join(', ') || 'none'}`,
      },
    ],
  );
}

export async function updateSupportRequest(input: {
  storage: Storage;
  principal: Principal;
  id: number;
  changes: UpdateRequest;
  now?: Date;
}): Promise<void> {
  const { principal, changes } = input;
  const workspaceId = principal.workspaceId;
  await input.storage.transaction(async (tx) => {
    const before = await getRequestRecord(tx, workspaceId, input.id);
    const isOnlyStatus = Object.keys(changes).every((key) => key === 'status');
    if (before.status === 'closed' && !isOnlyStatus) {
      throw new AppError('CONFLICT', `Request ${input.id} is closed and can no longer be changed`);
    }
    if (changes.status !== undefined) checkMove(before, changes.status, principal);
    if (changes.marketingOwnerId !== undefined) {
      await checkMarketingOwner(tx, workspaceId, changes.marketingOwnerId);
    }
    const after = await tx.requests.update(workspaceId, input.id, {
      ...changes,
      updatedAt: (input.now ?? new Date()).toISOString(),
    });
    if (!after) throw new AppError('NOT_FOUND', `Request ${input.id} not found`);
    const pick = (r: SupportRequestRecord) => ({
      title: r.title,
      status: r.status,
      marketingOwnerId: r.marketingOwnerId,
      dueOn: r.dueOn,
    });
    await recordAudit(tx, principal, {
      action: before.status === after.status ? 'update' : 'change_status',
      entity: 'support_request',
      entityId: input.id,
      before: pick(before),
      after: pick(after),
    });
    if (after.marketingOwnerId !== before.marketingOwnerId) {
      await notifyOwner({
        storage: tx,
        request: after,
        by: { userId: principal.userId, name: principal.name },
      });
    }
  });
}
