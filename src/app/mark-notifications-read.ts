import { AppError } from '../core/errors.ts';
import type { NotificationRecord, Storage } from '../storage/port.ts';

interface Reader {
  storage: Storage;
  workspaceId: number;
  userId: number;
  now?: Date;
}

/** Marks one of the person's notifications read; another person's is NOT_FOUND (no hint that it exists). */
export async function markNotificationRead({
  id,
  ...reader
}: Reader & { id: number }): Promise<NotificationRecord> {
  const at = (reader.now ?? new Date()).toISOString();
  const notification = await reader.storage.notifications.markRead({ ...reader, id, at });
  if (!notification) throw new AppError('NOT_FOUND', `Notification ${id} not found`);
  return notification;
}

/** Marks everything in the person's inbox read; returns how many were unread. */
export async function markAllNotificationsRead(reader: Reader): Promise<number> {
  const at = (reader.now ?? new Date()).toISOString();
  return reader.storage.notifications.markAllRead({ ...reader, at });
}
