import { createWebhook } from '../../app/create-webhook.ts';
import { deleteWebhook } from '../../app/delete-webhook.ts';
import { listDeliveries } from '../../app/list-deliveries.ts';
import { listWebhooks } from '../../app/list-webhooks.ts';
import { retryDelivery } from '../../app/retry-delivery.ts';
import { sendTestWebhook } from '../../app/send-test-webhook.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  createWebhookSchema,
  deletedSchema,
  deliveryListQuerySchema,
  deliveryListSchema,
  deliverySchema,
  webhookListSchema,
  webhookSchema,
  webhookTestResultSchema,
} from '../../contract/notifications.ts';
import { createDeliveryTransport } from '../../notify/create-transport.ts';
import { defineRoute } from '../route.ts';

const read = { resource: 'settings', action: 'read' } as const;
const write = { resource: 'settings', action: 'write' } as const;
const tags = ['notifications'];

export const webhookRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/webhooks',
    permission: read,
    summary: 'Webhooks (Slack, Teams, JSON) that receive this workspace’s notifications',
    tags,
    response: webhookListSchema,
    async handler({ ctx, principal }) {
      return { items: await listWebhooks({ storage: ctx.storage, workspaceId: principal.workspaceId }) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/webhooks',
    permission: write,
    summary: 'Add a webhook',
    tags,
    body: createWebhookSchema,
    response: webhookSchema,
    status: 201,
    async handler({ ctx, principal, body }) {
      return createWebhook({ storage: ctx.storage, actor: principal, webhook: body });
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/webhooks/:id',
    permission: write,
    summary: 'Remove a webhook (messages still queued for it are skipped)',
    tags,
    params: idParamsSchema,
    response: deletedSchema,
    async handler({ ctx, principal, params }) {
      await deleteWebhook({ storage: ctx.storage, actor: principal, id: params.id });
      return { id: params.id };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/webhooks/:id/test',
    permission: write,
    summary: 'Send a test message to a webhook now and report what happened',
    tags,
    params: idParamsSchema,
    response: webhookTestResultSchema,
    async handler({ ctx, principal, params }) {
      return sendTestWebhook({
        storage: ctx.storage,
        transport: createDeliveryTransport(ctx.config),
        workspaceId: principal.workspaceId,
        id: params.id,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/notification-deliveries',
    permission: read,
    summary: 'E-mails and webhook messages: counts by status and the latest (filter status=failed)',
    tags,
    query: deliveryListQuerySchema,
    response: deliveryListSchema,
    async handler({ ctx, principal, query }) {
      return listDeliveries({ storage: ctx.storage, workspaceId: principal.workspaceId, ...query });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notification-deliveries/:id/retry',
    permission: write,
    summary: 'Queue a failed or skipped message again',
    tags,
    params: idParamsSchema,
    response: deliverySchema,
    async handler({ ctx, principal, params }) {
      return retryDelivery({ storage: ctx.storage, workspaceId: principal.workspaceId, id: params.id });
    },
  }),
];
