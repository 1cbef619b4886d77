import type { Config } from '../config.ts';
import { AppError } from '../core/errors.ts';
import type { Locale } from '../core/types.ts';
import type { Storage, User } from '../storage/port.ts';
import { assertEmailFree } from './account-guards.ts';
import { findUsableInvite, INVITE_INVALID_MESSAGE } from './find-invite.ts';
import { assertPasswordAcceptable, hashPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { type StartedSession, startSession } from './start-session.ts';

export interface AcceptInviteInput {
  storage: Storage;
  config: Config;
  secret: string;
  name: string;
  password: string;
  locale: Locale;
  ip: string;
  userAgent: string | null;
  now?: Date;
}

/** Turns an invitation into an account with the invited role, and logs the new user in. */
export async function acceptInvite(
  input: AcceptInviteInput,
): Promise<{ user: User; session: StartedSession }> {
  const { storage, config, ip } = input;
  const now = input.now ?? new Date();
  const invite = await findUsableInvite({ storage, secret: input.secret, now });
  assertPasswordAcceptable({ password: input.password, email: invite.email, field: 'body.password' });
  const passwordHash = await hashPassword(input.password);
  const user = await storage.transaction(async (trx) => {
    if (!(await trx.invites.markUsed(invite.id, now.toISOString()))) {
      throw new AppError('NOT_FOUND', INVITE_INVALID_MESSAGE);
    }
    await assertEmailFree(trx, invite.email);
    const created = await trx.users.create({
      workspaceId: invite.workspaceId,
      email: invite.email,
      name: input.name.trim(),
      role: invite.role,
      locale: input.locale,
      passwordHash,
    });
    await recordAudit(
      trx,
      { workspaceId: created.workspaceId, userId: created.id, ip },
      {
        action: 'accept_invite',
        entity: 'user',
        entityId: created.id,
        after: { email: created.email, name: created.name, role: created.role },
        context: { inviteId: invite.id, invitedBy: invite.createdBy },
      },
    );
    return created;
  });
  const session = await startSession({
    storage,
    config,
    userId: user.id,
    ip,
    userAgent: input.userAgent,
    now,
  });
  return { user, session };
}
