/**
 * The storage port for notifications: the in-app inbox, each person's choices, the delivery outbox and the
 * workspace's webhooks. Part of port.ts (re-exported there); kept apart so each file stays readable.
 */
import type {
  NotificationKind,
  OutboxChannel,
  OutboxStatus,
  PreferenceChoice,
  UserChannel,
  WebhookFormat,
} from '../core/notifications.ts';
import type { Locale } from '../core/types.ts';

/** A user as far as notifications care: where to write, in which language. */
export interface NotificationRecipient {
  id: number;
  email: string;
  name: string;
  locale: Locale;
}

export interface NewNotification {
  workspaceId: number;
  userId: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** An app path (`/requests/12`), never an absolute URL. */
  link: string | null;
  dedupeKey: string;
  createdAt: string;
}

export interface NotificationRecord {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListOptions {
  limit: number;
  /** Page backwards: only notifications older than this id. */
  beforeId?: number;
  isUnreadOnly?: boolean;
}

export interface StoredPreferenceChoice extends PreferenceChoice {
  userId: number;
}

export interface NotificationRepository {
  /** The active users among `userIds` in this workspace; others (deactivated, elsewhere, unknown) are left out. */
  listRecipients(workspaceId: number, userIds: readonly number[]): Promise<NotificationRecipient[]>;
  /** Inserts, skipping rows whose dedupe key is already there; returns how many were inserted. */
  insertMany(rows: readonly NewNotification[]): Promise<number>;
  listForUser(
    workspaceId: number,
    userId: number,
    options: NotificationListOptions,
  ): Promise<NotificationRecord[]>;
  countUnread(workspaceId: number, userId: number): Promise<number>;
  /** Marks one of the user's notifications read (keeps the first read time); null when it is not theirs. */
  markRead(input: {
    workspaceId: number;
    userId: number;
    id: number;
    at: string;
  }): Promise<NotificationRecord | null>;
  /** Marks all of the user's unread notifications read; returns how many changed. */
  markAllRead(input: { workspaceId: number; userId: number; at: string }): Promise<number>;
  listPreferenceChoices(userIds: readonly number[]): Promise<StoredPreferenceChoice[]>;
  /** Stores choices, replacing earlier ones for the same kind and channel. */
  savePreferenceChoices(
    userId: number,
    choices: readonly { kind: NotificationKind; channel: UserChannel; isEnabled: boolean }[],
  ): Promise<void>;
}

/** What a message says, rendered in the recipient's language when the event was recorded. */
export interface OutboxPayload {
  kind: NotificationKind;
  locale: Locale;
  title: string;
  body: string;
  link: string | null;
}

export interface NewOutboxMessage {
  workspaceId: number;
  channel: OutboxChannel;
  /** An e-mail address, or `webhook:<id>` (looked up at delivery, so a removed webhook stops its queue). */
  recipient: string;
  payload: OutboxPayload;
  dedupeKey: string;
  createdAt: string;
}

export interface OutboxMessage extends NewOutboxMessage {
  id: number;
  status: OutboxStatus;
  /** Attempts started, counted when a worker claims the message (so a worker that crashes still counts). */
  attempts: number;
  nextAttemptAt: string;
  /** The claiming worker's lease; also the fencing token its completion must match. */
  lockedUntil: string | null;
  lastError: string | null;
  deliveredAt: string | null;
}

export type OutboxCompletion =
  | { status: 'delivered'; at: string }
  | { status: 'skipped' | 'failed'; at: string; reason: string }
  | { status: 'pending'; nextAttemptAt: string; reason: string };

export interface OutboxRepository {
  /** Queues messages, skipping those whose dedupe key is already there; returns how many were queued. */
  enqueueMany(rows: readonly NewOutboxMessage[]): Promise<number>;
  /**
   * Claims up to `limit` pending messages due at `now` whose lease (if any) has run out, leasing them until
   * `leaseUntil` and counting an attempt. Two workers, in one process or many, never claim the same message.
   */
  claimDue(input: { now: string; leaseUntil: string; limit: number }): Promise<OutboxMessage[]>;
  /** Ends a claim. False when the lease no longer matches (it ran out and another worker took the message). */
  complete(id: number, lease: string, completion: OutboxCompletion): Promise<boolean>;
  find(workspaceId: number, id: number): Promise<OutboxMessage | null>;
  list(workspaceId: number, filter: { status?: OutboxStatus; limit: number }): Promise<OutboxMessage[]>;
  countByStatus(workspaceId: number): Promise<Record<OutboxStatus, number>>;
  /** Puts a failed or skipped message back in the queue, due at `now`, with its attempts reset. */
  requeue(input: { workspaceId: number; id: number; now: string }): Promise<OutboxMessage | null>;
}

export interface WebhookRecord {
  id: number;
  workspaceId: number;
  name: string;
  url: string;
  format: WebhookFormat;
  /** Kinds this webhook receives; empty means all. */
  events: NotificationKind[];
  /** The language of this channel's messages. */
  locale: Locale;
  isActive: boolean;
  createdAt: string;
}

export type NewWebhook = Omit<WebhookRecord, 'id' | 'createdAt' | 'isActive'>;

export interface WebhookRepository {
  create(webhook: NewWebhook): Promise<WebhookRecord>;
  list(workspaceId: number): Promise<WebhookRecord[]>;
  find(workspaceId: number, id: number): Promise<WebhookRecord | null>;
  /** False when there was no such webhook in the workspace. */
  delete(workspaceId: number, id: number): Promise<boolean>;
}
