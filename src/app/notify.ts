/**
 * Records that something happened for some people: in-app notifications and outbox messages (e-mail per person
 * who wants it, one per subscribed webhook), all in the caller's transaction. Delivery happens later
 * (notify/deliver-due-messages.ts); an event that is not committed never sends anything, and one that is
 * committed is never lost.
 */
import { AppError } from '../core/errors.ts';
import {
  type LocalizedNotificationText,
  type NotificationText,
  renderNotificationText,
  type TemplatedNotification,
} from '../core/notification-texts.ts';
import { isWebhookSubscribed, type NotificationKind, resolvePreferences } from '../core/notifications.ts';
import type { Locale } from '../core/types.ts';
import type {
  NewNotification,
  NewOutboxMessage,
  NotificationRecipient,
  OutboxPayload,
  Storage,
} from '../storage/port.ts';

/** The words: a kind's template with typed parameters, or a text written by the caller in both languages. */
export type NotificationContent =
  | TemplatedNotification
  | { kind: NotificationKind; text: LocalizedNotificationText };

export type NotifyInput = NotificationContent & {
  workspaceId: number;
  /** User ids; inactive users and users of other workspaces are skipped. */
  recipients: readonly number[];
  /** App path to open (`/requests/12`); e-mails and webhooks make it absolute with PUBLIC_URL. */
  link: string | null;
  /**
   * Names the event, unique within the workspace (`request_assigned:request:12:user:7`). The same key twice
   * queues nothing the second time: per person and channel, an event is recorded once.
   */
  dedupeKey: string;
  now?: Date;
};

export interface NotifyResult {
  /** In-app notifications written (0 when the event was already recorded). */
  inApp: number;
  /** Outbox messages queued (e-mails plus webhooks). */
  queued: number;
}

function renderContent(content: NotificationContent, locale: Locale): NotificationText {
  if ('text' in content) return content.text[locale];
  return renderNotificationText(content, locale);
}

function checkLink(link: string | null): void {
  // Only in-app paths: a notification must not become a link to somewhere else.
  if (link !== null && !/^\/(?!\/)/.test(link)) {
    throw new AppError(
      'VALIDATION',
      `A notification link must be an app path starting with "/", got "${link}"`,
    );
  }
}

function buildForRecipient(
  input: NotifyInput,
  recipient: NotificationRecipient,
  wants: { in_app: boolean; email: boolean },
  createdAt: string,
): { notification: NewNotification | null; email: NewOutboxMessage | null } {
  const text = renderContent(input, recipient.locale);
  const key = `${input.workspaceId}:${input.dedupeKey}`;
  const payload: OutboxPayload = { kind: input.kind, locale: recipient.locale, ...text, link: input.link };
  return {
    notification: wants.in_app
      ? {
          workspaceId: input.workspaceId,
          userId: recipient.id,
          kind: input.kind,
          ...text,
          link: input.link,
          dedupeKey: `${key}:in_app:user:${recipient.id}`,
          createdAt,
        }
      : null,
    email: wants.email
      ? {
          workspaceId: input.workspaceId,
          channel: 'email',
          recipient: recipient.email,
          payload,
          dedupeKey: `${key}:email:user:${recipient.id}`,
          createdAt,
        }
      : null,
  };
}

async function buildWebhookMessages(
  storage: Storage,
  input: NotifyInput,
  createdAt: string,
): Promise<NewOutboxMessage[]> {
  const webhooks = await storage.webhooks.list(input.workspaceId);
  return webhooks
    .filter((webhook) => webhook.isActive && isWebhookSubscribed(webhook.events, input.kind))
    .map((webhook) => ({
      workspaceId: input.workspaceId,
      channel: 'webhook' as const,
      recipient: `webhook:${webhook.id}`,
      payload: {
        kind: input.kind,
        locale: webhook.locale,
        ...renderContent(input, webhook.locale),
        link: input.link,
      },
      dedupeKey: `${input.workspaceId}:${input.dedupeKey}:webhook:${webhook.id}`,
      createdAt,
    }));
}

/** Records an event for its recipients and webhooks, in the caller's transaction (or a new one). */
export async function notify(storage: Storage, input: NotifyInput): Promise<NotifyResult> {
  checkLink(input.link);
  if (input.dedupeKey.trim() === '') throw new AppError('VALIDATION', 'A notification needs a dedupe key');
  const createdAt = (input.now ?? new Date()).toISOString();
  return storage.transaction(async (tx) => {
    const recipients = await tx.notifications.listRecipients(input.workspaceId, input.recipients);
    const choices = await tx.notifications.listPreferenceChoices(recipients.map((r) => r.id));
    const notifications: NewNotification[] = [];
    const messages: NewOutboxMessage[] = [];
    for (const recipient of recipients) {
      const preferences = resolvePreferences(choices.filter((choice) => choice.userId === recipient.id));
      const built = buildForRecipient(input, recipient, preferences[input.kind], createdAt);
      if (built.notification) notifications.push(built.notification);
      if (built.email) messages.push(built.email);
    }
    messages.push(...(await buildWebhookMessages(tx, input, createdAt)));
    const inApp = await tx.notifications.insertMany(notifications);
    const queued = await tx.outbox.enqueueMany(messages);
    return { inApp, queued };
  });
}
