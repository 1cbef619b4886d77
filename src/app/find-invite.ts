import { AppError } from '../core/errors.ts';
import type { Invite, Storage } from '../storage/port.ts';
import { hashSecret } from './secrets.ts';

export const INVITE_INVALID_MESSAGE =
  'This invitation link is not valid any more: it was used, withdrawn or has expired. Please ask your administrator for a new one.';

/** The unused, unexpired invitation behind a link's secret; one NOT_FOUND for every way it can be invalid. */
export async function findUsableInvite({
  storage,
  secret,
  now = new Date(),
}: {
  storage: Storage;
  secret: string;
  now?: Date;
}): Promise<Invite> {
  const invite = await storage.invites.findByHash(hashSecret(secret));
  if (!invite || invite.usedAt !== null || Date.parse(invite.expiresAt) <= now.getTime()) {
    throw new AppError('NOT_FOUND', INVITE_INVALID_MESSAGE);
  }
  return invite;
}
