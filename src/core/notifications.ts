/**
 * Notifications as data: what can happen (kinds), where a person hears of it (channels), and what each person
 * gets before choosing (defaults). Each step of the loop (DESIGN §1) tells the next person: an alert tells sales,
 * a request tells marketing, a question set tells reps, answers and the diagnosis go back.
 */

export const NOTIFICATION_KINDS = [
  'alert_new',
  'request_assigned',
  'questions_received',
  'reminder',
  'answers_complete',
  'diagnosis_ready',
  'mentioned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Channels a person chooses per kind. Webhooks are per workspace, configured by an admin. */
export const USER_CHANNELS = ['in_app', 'email'] as const;
export type UserChannel = (typeof USER_CHANNELS)[number];

/** Slack incoming webhooks; Teams Workflows (Adaptive Card); a generic JSON body for everything else. */
export const WEBHOOK_FORMATS = ['slack', 'teams', 'json'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** Where the outbox sends: e-mail to a person, or a workspace webhook. In-app rows need no delivery. */
export const OUTBOX_CHANNELS = ['email', 'webhook'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** pending → delivered | failed (given up, shown to admins) | skipped (deliberately not sent, with a reason). */
export const OUTBOX_STATUSES = ['pending', 'delivered', 'failed', 'skipped'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type NotificationPreferences = Record<NotificationKind, Record<UserChannel, boolean>>;

/**
 * Before a person chooses: everything in-app; e-mail where someone must act (a request, questions, a reminder)
 * or has been waiting (a new alert, the diagnosis). "All answers in" stays in-app: marketing already watches the
 * progress of its own question set.
 */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  alert_new: { in_app: true, email: true },
  request_assigned: { in_app: true, email: true },
  questions_received: { in_app: true, email: true },
  reminder: { in_app: true, email: true },
  answers_complete: { in_app: true, email: false },
  diagnosis_ready: { in_app: true, email: true },
  // Someone named me in a comment: in-app, where the conversation is.
  mentioned: { in_app: true, email: false },
};

/** A stored choice; rows may name kinds or channels an older or newer version knew, and are then ignored. */
export interface PreferenceChoice {
  kind: string;
  channel: string;
  isEnabled: boolean;
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isUserChannel(value: string): value is UserChannel {
  return (USER_CHANNELS as readonly string[]).includes(value);
}

export function isWebhookFormat(value: string): value is WebhookFormat {
  return (WEBHOOK_FORMATS as readonly string[]).includes(value);
}

/** A person's effective preferences: their stored choices over the defaults. */
export function resolvePreferences(choices: readonly PreferenceChoice[]): NotificationPreferences {
  const resolved = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, { ...DEFAULT_PREFERENCES[kind] }]),
  ) as NotificationPreferences;
  for (const choice of choices) {
    if (isNotificationKind(choice.kind) && isUserChannel(choice.channel)) {
      resolved[choice.kind][choice.channel] = choice.isEnabled;
    }
  }
  return resolved;
}

/** Does a webhook subscribed to `events` get `kind`? An empty subscription means every kind. */
export function isWebhookSubscribed(events: readonly string[], kind: NotificationKind): boolean {
  return events.length === 0 || events.includes(kind);
}
