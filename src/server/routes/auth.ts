import { acceptInvite } from '../../app/accept-invite.ts';
import { findUsableInvite } from '../../app/find-invite.ts';
import { logIn } from '../../app/log-in.ts';
import { logOut } from '../../app/log-out.ts';
import {
  acceptInviteBodySchema,
  inviteCheckBodySchema,
  inviteCheckResponseSchema,
  loginBodySchema,
  loginResponseSchema,
} from '../../contract/auth.ts';
import { definePublicRoute } from '../route.ts';
import { clearSessionCookies, readSessionId, setSessionCookies } from '../session-cookies.ts';
import { describeUser } from './profile.ts';

/** The public account endpoints: nothing else in /api answers without a session or token (but health). */
export const authRoutes = [
  definePublicRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Log in with e-mail and password; sets the session and CSRF cookies',
    tags: ['auth'],
    body: loginBodySchema,
    response: loginResponseSchema,
    async handler({ ctx, body, request, reply }) {
      const { user, session } = await logIn({
        storage: ctx.storage,
        config: ctx.config,
        email: body.email,
        password: body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousSessionId: readSessionId(request),
      });
      setSessionCookies(request, reply, session);
      return { profile: await describeUser(ctx.storage, user) };
    },
  }),
  definePublicRoute({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'End this session and clear its cookies (also fine without a session)',
    tags: ['auth'],
    async handler({ ctx, request, reply }) {
      const sessionId = readSessionId(request);
      if (sessionId) await logOut({ storage: ctx.storage, sessionId, ip: request.ip });
      clearSessionCookies(request, reply);
      return reply.code(204).send();
    },
  }),
  definePublicRoute({
    method: 'POST',
    url: '/api/auth/invite/check',
    summary: 'Whether an invitation link is still valid, and for which e-mail and role',
    tags: ['auth'],
    body: inviteCheckBodySchema,
    response: inviteCheckResponseSchema,
    async handler({ ctx, body }) {
      const invite = await findUsableInvite({ storage: ctx.storage, secret: body.secret });
      const workspace = await ctx.storage.workspaces.get(invite.workspaceId);
      return {
        email: invite.email,
        role: invite.role,
        workspace: workspace.name,
        expiresAt: invite.expiresAt,
      };
    },
  }),
  definePublicRoute({
    method: 'POST',
    url: '/api/auth/invite/accept',
    summary: 'Accept an invitation: set name and password, and log in',
    tags: ['auth'],
    status: 201,
    body: acceptInviteBodySchema,
    response: loginResponseSchema,
    async handler({ ctx, body, request, reply }) {
      const { user, session } = await acceptInvite({
        storage: ctx.storage,
        config: ctx.config,
        secret: body.secret,
        name: body.name,
        password: body.password,
        locale: body.locale,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookies(request, reply, session);
      return { profile: await describeUser(ctx.storage, user) };
    },
  }),
];
