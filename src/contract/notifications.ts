import { z } from 'zod';
import {
  NOTIFICATION_KINDS,
  OUTBOX_CHANNELS,
  OUTBOX_STATUSES,
  WEBHOOK_FORMATS,
} from '../core/notifications.ts';
import { LOCALES } from '../core/types.ts';

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

const idParam = z.coerce.number().int().positive();

export const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  /** Older than this id: the next page. */
  beforeId: idParam.optional(),
  unreadOnly: z.enum(['true', 'false']).default('false'),
});
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const readAllResultSchema = z.object({ updated: z.number() });
export type ReadAllResult = z.infer<typeof readAllResultSchema>;

export const preferenceRowSchema = z.object({
  kind: notificationKindSchema,
  inApp: z.boolean(),
  email: z.boolean(),
});
export type PreferenceRow = z.infer<typeof preferenceRowSchema>;

export const notificationPreferencesSchema = z.object({
  preferences: z.array(preferenceRowSchema),
  /** False when this server has no SMTP_URL: e-mail choices are kept but nothing is sent. */
  isEmailConfigured: z.boolean(),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesSchema>;

export const updatePreferencesSchema = z.object({
  preferences: z
    .array(
      z.object({
        kind: notificationKindSchema,
        inApp: z.boolean().optional(),
        email: z.boolean().optional(),
      }),
    )
    .max(NOTIFICATION_KINDS.length * 2),
});
export type UpdatePreferences = z.infer<typeof updatePreferencesSchema>;

export const webhookSchema = z.object({
  id: z.number(),
  name: z.string(),
  /** The address with its secret part hidden (Slack and Teams URLs are credentials). */
  urlPreview: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
  events: z.array(notificationKindSchema),
  locale: z.enum(LOCALES),
  isActive: z.boolean(),
  createdAt: z.string(),
});
export type WebhookView = z.infer<typeof webhookSchema>;

export const webhookListSchema = z.object({ items: z.array(webhookSchema) });
export type WebhookList = z.infer<typeof webhookListSchema>;

export const createWebhookSchema = z.object({
  name: z.string().trim().min(1).max(100),
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\/[^\s]+$/i, 'expected an http:// or https:// address'),
  format: z.enum(WEBHOOK_FORMATS),
  /** Empty: every kind. */
  events: z.array(notificationKindSchema).max(NOTIFICATION_KINDS.length).default([]),
  locale: z.enum(LOCALES).default('de'),
});
export type CreateWebhook = z.input<typeof createWebhookSchema>;

export const deletedSchema = z.object({ id: z.number() });

export const webhookTestResultSchema = z.object({ ok: z.boolean(), message: z.string() });
export type WebhookTestResult = z.infer<typeof webhookTestResultSchema>;

export const deliveryStatusSchema = z.enum(OUTBOX_STATUSES);

export const deliverySchema = z.object({
  id: z.number(),
  channel: z.enum(OUTBOX_CHANNELS),
  /** The e-mail address, or the webhook's name. */
  recipient: z.string(),
  kind: z.string(),
  title: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DeliveryView = z.infer<typeof deliverySchema>;

export const deliveryListQuerySchema = z.object({
  status: deliveryStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const deliveryListSchema = z.object({
  counts: z.record(deliveryStatusSchema, z.number()),
  items: z.array(deliverySchema),
});
export type DeliveryList = z.infer<typeof deliveryListSchema>;
