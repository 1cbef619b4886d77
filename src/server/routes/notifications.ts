import { getNotificationPreferences } from '../../app/get-notification-preferences.ts';
import { listMyNotifications } from '../../app/list-my-notifications.ts';
import { markAllNotificationsRead, markNotificationRead } from '../../app/mark-notifications-read.ts';
import { updateNotificationPreferences } from '../../app/update-notification-preferences.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  notificationSchema,
  readAllResultSchema,
  updatePreferencesSchema,
} from '../../contract/notifications.ts';
import { type Principal, requirePersonId } from '../principal.ts';
import { defineRoute } from '../route.ts';

/** An inbox belongs to a person; an API token acts for an integration and has none. */
function requireInboxOwner(principal: Principal): { workspaceId: number; userId: number } {
  return { workspaceId: principal.workspaceId, userId: requirePersonId(principal) };
}

/** A token may read (profile read is allowed to it) and gets what a person without any notifications sees. */
function findPersonId(principal: Principal): number | null {
  return principal.kind === 'user' ? principal.userId : null;
}

const tags = ['notifications'];

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/notifications',
    permission: { resource: 'profile', action: 'read' },
    summary: 'My notifications, newest first, with the unread count (an API token has none)',
    tags,
    query: notificationListQuerySchema,
    response: notificationListSchema,
    async handler({ ctx, principal, query }) {
      const userId = findPersonId(principal);
      if (userId === null) return { items: [], unreadCount: 0 };
      return listMyNotifications({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        userId,
        limit: query.limit,
        isUnreadOnly: query.unreadOnly === 'true',
        ...(query.beforeId !== undefined ? { beforeId: query.beforeId } : {}),
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/:id/read',
    permission: { resource: 'profile', action: 'write' },
    summary: 'Mark one of my notifications read',
    tags,
    params: idParamsSchema,
    response: notificationSchema,
    async handler({ ctx, principal, params }) {
      return markNotificationRead({ storage: ctx.storage, ...requireInboxOwner(principal), id: params.id });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/read-all',
    permission: { resource: 'profile', action: 'write' },
    summary: 'Mark all my notifications read',
    tags,
    response: readAllResultSchema,
    async handler({ ctx, principal }) {
      return {
        updated: await markAllNotificationsRead({ storage: ctx.storage, ...requireInboxOwner(principal) }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/notification-preferences',
    permission: { resource: 'profile', action: 'read' },
    summary: 'Which notifications I get, in-app and by e-mail (for an API token: the defaults)',
    tags,
    response: notificationPreferencesSchema,
    async handler({ ctx, principal }) {
      return getNotificationPreferences({
        storage: ctx.storage,
        userId: findPersonId(principal),
        isEmailConfigured: Boolean(ctx.config.smtpUrl),
      });
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/notification-preferences',
    permission: { resource: 'profile', action: 'write' },
    summary: 'Choose which notifications I get; kinds and channels left out stay as they are',
    tags,
    body: updatePreferencesSchema,
    response: notificationPreferencesSchema,
    async handler({ ctx, principal, body }) {
      const { userId } = requireInboxOwner(principal);
      return updateNotificationPreferences({
        storage: ctx.storage,
        userId,
        changes: body.preferences,
        isEmailConfigured: Boolean(ctx.config.smtpUrl),
      });
    },
  }),
];
