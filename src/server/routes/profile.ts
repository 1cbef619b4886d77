import { changePassword } from '../../app/change-password.ts';
import { logOutEverywhere } from '../../app/log-out-everywhere.ts';
import { updateProfile } from '../../app/update-profile.ts';
import { type Profile, profileSchema } from '../../contract/accounts.ts';
import {
  changePasswordBodySchema,
  logoutEverywhereResponseSchema,
  updateProfileBodySchema,
} from '../../contract/profile.ts';
import type { Storage, User } from '../../storage/port.ts';
import { type Principal, requirePersonId } from '../principal.ts';
import { defineRoute } from '../route.ts';
import { clearSessionCookies, readSessionId, setSessionCookies } from '../session-cookies.ts';

export async function describeUser(storage: Storage, user: User): Promise<Profile> {
  return {
    kind: 'user',
    userId: user.id,
    tokenId: null,
    workspaceId: user.workspaceId,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    sessionCount: await storage.sessions.countForUser(user.id),
  };
}

async function describeCaller(storage: Storage, principal: Principal): Promise<Profile> {
  const user =
    principal.kind === 'user' && principal.userId !== null
      ? await storage.users.find(principal.workspaceId, principal.userId)
      : null;
  if (user) return describeUser(storage, user);
  const { kind, userId, tokenId, workspaceId, name, role, locale } = principal;
  return { kind, userId, tokenId, workspaceId, name, email: null, role, locale, sessionCount: 0 };
}

const READ = { resource: 'profile', action: 'read' } as const;
const WRITE = { resource: 'profile', action: 'write' } as const;

export const profileRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/profile',
    permission: READ,
    summary: 'Who is calling: name, role, language (for a token: its name and role)',
    tags: ['profile'],
    response: profileSchema,
    async handler({ ctx, principal }) {
      return describeCaller(ctx.storage, principal);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/profile',
    permission: WRITE,
    summary: 'Change your own name or language',
    tags: ['profile'],
    body: updateProfileBodySchema,
    response: profileSchema,
    async handler({ ctx, principal, body }) {
      const actor = { ...principal, userId: requirePersonId(principal) };
      const user = await updateProfile({ storage: ctx.storage, actor, changes: body });
      return describeUser(ctx.storage, user);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/profile/password',
    permission: WRITE,
    summary: 'Change your own password; your other sessions end and this one gets a new id',
    tags: ['profile'],
    body: changePasswordBodySchema,
    async handler({ ctx, principal, body, request, reply }) {
      const session = await changePassword({
        storage: ctx.storage,
        config: ctx.config,
        actor: { ...principal, userId: requirePersonId(principal), ip: request.ip },
        currentPassword: body.currentPassword,
        newPassword: body.newPassword,
        userAgent: request.headers['user-agent'] ?? null,
        currentSessionId: readSessionId(request),
      });
      setSessionCookies(request, reply, session);
      return reply.code(204).send();
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/profile/logout-everywhere',
    permission: WRITE,
    summary: 'End all your sessions on every device, this one included',
    tags: ['profile'],
    response: logoutEverywhereResponseSchema,
    async handler({ ctx, principal, request, reply }) {
      const actor = { ...principal, userId: requirePersonId(principal) };
      const result = await logOutEverywhere({ storage: ctx.storage, actor });
      clearSessionCookies(request, reply);
      return result;
    },
  }),
];
