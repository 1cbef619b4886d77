import type { NotificationList } from '../contract/notifications.ts';
import type { Storage } from '../storage/port.ts';

/** A person's inbox, newest first, with the unread count for the bell. */
export async function listMyNotifications({
  storage,
  workspaceId,
  userId,
  limit,
  beforeId,
  isUnreadOnly,
}: {
  storage: Storage;
  workspaceId: number;
  userId: number;
  limit: number;
  beforeId?: number;
  isUnreadOnly: boolean;
}): Promise<NotificationList> {
  const items = await storage.notifications.listForUser(workspaceId, userId, {
    limit,
    isUnreadOnly,
    ...(beforeId !== undefined ? { beforeId } : {}),
  });
  const unreadCount = await storage.notifications.countUnread(workspaceId, userId);
  return { items, unreadCount };
}
