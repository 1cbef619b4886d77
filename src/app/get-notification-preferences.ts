import type { NotificationPreferencesView } from '../contract/notifications.ts';
import { NOTIFICATION_KINDS, resolvePreferences } from '../core/notifications.ts';
import type { Storage } from '../storage/port.ts';

/** A person's effective choices for every kind: what they chose, and the defaults for the rest. */
export async function getNotificationPreferences({
  storage,
  userId,
  isEmailConfigured,
}: {
  storage: Storage;
  userId: number;
  isEmailConfigured: boolean;
}): Promise<NotificationPreferencesView> {
  const resolved = resolvePreferences(await storage.notifications.listPreferenceChoices([userId]));
  return {
    preferences: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      inApp: resolved[kind].in_app,
      email: resolved[kind].email,
    })),
    isEmailConfigured,
  };
}
