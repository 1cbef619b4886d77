/**
 * Webhook bodies. Slack: an incoming-webhook message (`text` as the fallback and notification line, `blocks` for
 * the layout). Teams: an Adaptive Card in a `message` envelope, what Teams Workflows ("Post to a channel when a
 * webhook request is received") expects now that Office 365 connectors and their MessageCards are retired.
 * Generic JSON: the event itself, for Zapier, n8n or your own code.
 */
import type { WebhookFormat } from '../core/notifications.ts';
import type { Locale } from '../core/types.ts';
import { toAbsoluteLink } from './format-email.ts';
import type { WebhookDelivery } from './transport.ts';

const OPEN: Record<Locale, string> = { de: 'In Tandem öffnen', en: 'Open in Tandem' };

/** Slack refuses section texts over 3000 characters; our texts are far shorter, but a title is user data. */
const SLACK_TEXT_LIMIT = 2900;

/** Slack's mrkdwn treats these three as control characters; everything else is shown as written. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

interface WebhookMessage {
  title: string;
  body: string;
  url: string;
  open: string;
}

function formatSlack({ title, body, url, open }: WebhookMessage) {
  return {
    text: truncate(`${escapeSlack(title)}: ${escapeSlack(body)}`, SLACK_TEXT_LIMIT),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: truncate(`*${escapeSlack(title)}*\n${escapeSlack(body)}`, SLACK_TEXT_LIMIT),
        },
      },
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: open }, url }],
      },
    ],
  };
}

function formatTeams({ title, body, url, open }: WebhookMessage) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: body, wrap: true },
          ],
          actions: [{ type: 'Action.OpenUrl', title: open, url }],
        },
      },
    ],
  };
}

/** The JSON body for a webhook of `format`. */
export function formatWebhookBody(
  format: WebhookFormat,
  delivery: WebhookDelivery,
  publicUrl: string,
): unknown {
  const { payload } = delivery;
  const message: WebhookMessage = {
    title: payload.title,
    body: payload.body,
    url: toAbsoluteLink(publicUrl, payload.link),
    open: OPEN[payload.locale],
  };
  if (format === 'slack') return formatSlack(message);
  if (format === 'teams') return formatTeams(message);
  return {
    id: delivery.deliveryKey,
    event: delivery.isTest ? 'test' : payload.kind,
    title: payload.title,
    body: payload.body,
    url: message.url,
    locale: payload.locale,
    createdAt: delivery.createdAt,
  };
}
