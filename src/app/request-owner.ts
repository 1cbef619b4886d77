/**
 * The marketing owner of a request: checked when a request is made or handed over, and told about it
 * (notification `request_assigned`) unless they assigned it to themselves.
 */
import { AppError } from '../core/errors.ts';
import type { Storage, SupportRequestRecord } from '../storage/port.ts';
import { notify } from './notify.ts';
import { isOwnerCandidate } from './request-views.ts';

/** Throws VALIDATION naming `body.marketingOwnerId` unless the id is an active marketing person or admin. */
export async function checkMarketingOwner(
  storage: Storage,
  workspaceId: number,
  ownerId: number | null,
): Promise<void> {
  if (ownerId === null) return;
  const user = await storage.users.find(workspaceId, ownerId);
  if (!user || !isOwnerCandidate(user)) {
    throw new AppError('VALIDATION', `User ${ownerId} cannot own a request`, [
      {
        field: 'body.marketingOwnerId',
        value: String(ownerId),
        message: 'must be an active marketing user (or an admin) of this workspace',
      },
    ]);
  }
}

export async function notifyOwner(input: {
  storage: Storage;
  request: SupportRequestRecord;
  /** Who assigned it (their name goes into the text); no notification when they own it themselves. */
  by: { userId: number | null; name: string };
}): Promise<void> {
  const { request, by } = input;
  const ownerId = request.marketingOwnerId;
  if (ownerId === null || ownerId === by.userId) return;
  await notify(input.storage, {
    workspaceId: request.workspaceId,
    kind: 'request_assigned',
    params: { request: request.title, requestedBy: by.name, dueOn: request.dueOn },
    recipients: [ownerId],
    link: `/requests/${request.id}`,
    dedupeKey: `request_assigned:request:${request.id}:user:${ownerId}`,
  });
}
