import type { NotificationPreferencesView } from '../contract/notifications.ts';
import { NOTIFICATION_KINDS, resolvePreferences } from '../core/notifications.ts';
import type { Storage } from '../storage/port.ts';

/** A person's effective choices for every kind: what they chose, and the defaults for the rest (all, for null). */
export async function getNotificationPreferences({
  storage,
  userId,
  isEmailConfigured,
}: {
  storage: Storage;
  userId: number | null;
  isEmailConfigured: boolean;
}): Promise<NotificationPreferencesView> {
  const choices = userId === null ? [] : await storage.notifications.listPreferenceChoices([userId]);
  const resolved = resolvePreferences(choices);
  return {
    preferences: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      inApp: resolved[kind].in_app,
      email: resolved[kind].email,
    })),
    isEmailConfigured,
  };
}
