import type { NotificationPreferencesView, UpdatePreferences } from '../contract/notifications.ts';
import type { NotificationKind, UserChannel } from '../core/notifications.ts';
import type { Storage } from '../storage/port.ts';
import { getNotificationPreferences } from './get-notification-preferences.ts';

/** Stores the choices given (a kind's channel left out stays as it was) and returns the effective result. */
export async function updateNotificationPreferences({
  storage,
  userId,
  changes,
  isEmailConfigured,
}: {
  storage: Storage;
  userId: number;
  changes: UpdatePreferences['preferences'];
  isEmailConfigured: boolean;
}): Promise<NotificationPreferencesView> {
  const choices: { kind: NotificationKind; channel: UserChannel; isEnabled: boolean }[] = [];
  for (const change of changes) {
    if (change.inApp !== undefined)
      choices.push({ kind: change.kind, channel: 'in_app', isEnabled: change.inApp });
    if (change.email !== undefined)
      choices.push({ kind: change.kind, channel: 'email', isEnabled: change.email });
  }
  await storage.notifications.savePreferenceChoices(userId, choices);
  return getNotificationPreferences({ storage, userId, isEmailConfigured });
}
