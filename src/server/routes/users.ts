import { changeRole } from '../../app/change-role.ts';
import { deactivateUser } from '../../app/deactivate-user.ts';
import { inviteUser } from '../../app/invite-user.ts';
import { reactivateUser } from '../../app/reactivate-user.ts';
import { withdrawInvite } from '../../app/withdraw-invite.ts';
import { idParamsSchema, userSchema } from '../../contract/accounts.ts';
import {
  changeRoleBodySchema,
  createdInviteSchema,
  createInviteBodySchema,
  inviteListSchema,
  userListSchema,
} from '../../contract/users.ts';
import type { Invite, Storage } from '../../storage/port.ts';
import { defineRoute } from '../route.ts';

const READ = { resource: 'users', action: 'read' } as const;
const WRITE = { resource: 'users', action: 'write' } as const;

async function withInviterNames(storage: Storage, workspaceId: number, invites: Invite[]) {
  const names = new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user.name]));
  return invites.map((invite) => ({
    ...invite,
    invitedBy: invite.createdBy === null ? null : (names.get(invite.createdBy) ?? null),
  }));
}

export const userRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/users',
    permission: READ,
    summary: 'Users of the workspace with role, language and last login',
    tags: ['users'],
    response: userListSchema,
    async handler({ ctx, principal }) {
      return { users: await ctx.storage.users.list(principal.workspaceId) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users/invites',
    permission: READ,
    summary: 'Pending invitations (unused and unexpired)',
    tags: ['users'],
    response: inviteListSchema,
    async handler({ ctx, principal }) {
      const pending = await ctx.storage.invites.listPending(principal.workspaceId, new Date().toISOString());
      return { invites: await withInviterNames(ctx.storage, principal.workspaceId, pending) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/invites',
    permission: WRITE,
    summary: 'Invite someone by e-mail with a role; returns the one-time link',
    tags: ['users'],
    status: 201,
    body: createInviteBodySchema,
    response: createdInviteSchema,
    async handler({ ctx, principal, body }) {
      // E-mailing the link is the notifications feature's: pass its sender as `sendInvitation` here.
      const created = await inviteUser({
        storage: ctx.storage,
        config: ctx.config,
        actor: principal,
        ...body,
      });
      const [invite] = await withInviterNames(ctx.storage, principal.workspaceId, [created.invite]);
      return { ...created, invite: invite ?? { ...created.invite, invitedBy: null } };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/users/invites/:id',
    permission: WRITE,
    summary: 'Withdraw a pending invitation',
    tags: ['users'],
    params: idParamsSchema,
    async handler({ ctx, principal, params, reply }) {
      await withdrawInvite({ storage: ctx.storage, actor: principal, inviteId: params.id });
      return reply.code(204).send();
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/users/:id/role',
    permission: WRITE,
    summary: "Change a user's role (the last active admin keeps theirs)",
    tags: ['users'],
    params: idParamsSchema,
    body: changeRoleBodySchema,
    response: userSchema,
    async handler({ ctx, principal, params, body }) {
      return changeRole({ storage: ctx.storage, actor: principal, userId: params.id, role: body.role });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/deactivate',
    permission: WRITE,
    summary: 'Deactivate a user: no more logins, and their sessions end now',
    tags: ['users'],
    params: idParamsSchema,
    response: userSchema,
    async handler({ ctx, principal, params }) {
      return deactivateUser({ storage: ctx.storage, actor: principal, userId: params.id });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/reactivate',
    permission: WRITE,
    summary: 'Let a deactivated user log in again',
    tags: ['users'],
    params: idParamsSchema,
    response: userSchema,
    async handler({ ctx, principal, params }) {
      return reactivateUser({ storage: ctx.storage, actor: principal, userId: params.id });
    },
  }),
];
