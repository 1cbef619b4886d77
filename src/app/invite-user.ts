import type { Config } from '../config.ts';
import type { Role } from '../core/types.ts';
import type { Invite, Storage } from '../storage/port.ts';
import { assertEmailFree } from './account-guards.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { createSecret, hashSecret } from './secrets.ts';

/** What an invitation e-mail needs. */
export interface InvitationMessage {
  email: string;
  role: Role;
  link: string;
  invitedBy: string;
  expiresAt: string;
}

/**
 * The seam for e-mailing invitations: returns true when the message was sent. Until SMTP is wired (the
 * notifications feature), routes pass none and the admin copies the link shown in the UI.
 */
export type InvitationSender = (message: InvitationMessage) => Promise<boolean>;

export interface InviteUserInput {
  storage: Storage;
  config: Config;
  actor: Actor & { name: string };
  email: string;
  role: Role;
  sendInvitation?: InvitationSender;
  now?: Date;
}

/**
 * Invites someone by e-mail: a one-time link that lets them set their name and password. The secret travels
 * in the URL fragment (`/invite#…`), which browsers never send to a server, so it stays out of access logs.
 * A new invitation for the same e-mail replaces an older pending one.
 */
export async function inviteUser(
  input: InviteUserInput,
): Promise<{ invite: Invite; link: string; isEmailed: boolean }> {
  const { storage, config, actor, role } = input;
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  await assertEmailFree(storage, email);
  const secret = createSecret();
  const expiresAt = new Date(now.getTime() + config.inviteTtlHours * 3_600_000).toISOString();
  const invite = await storage.transaction(async (trx) => {
    await trx.invites.deletePendingFor(actor.workspaceId, email);
    const created = await trx.invites.create({
      workspaceId: actor.workspaceId,
      email,
      role,
      tokenHash: hashSecret(secret),
      createdBy: actor.userId,
      expiresAt,
    });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'invite',
      entityId: created.id,
      after: { email, role, expiresAt },
    });
    return created;
  });
  const link = `${config.publicUrl}/invite#${secret}`;
  const message = { email, role, link, invitedBy: actor.name, expiresAt };
  const isEmailed = input.sendInvitation ? await input.sendInvitation(message) : false;
  return { invite, link, isEmailed };
}
