import type { WebhookView } from '../contract/notifications.ts';
import type { Storage, WebhookRecord } from '../storage/port.ts';

/**
 * Slack and Teams webhook URLs are credentials: anyone holding one can post to the channel. Shown as host plus
 * the last four characters, enough to tell two apart.
 */
export function previewWebhookUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const rest = `${parsed.pathname}${parsed.search}`;
    return rest.length > 1 ? `${parsed.origin}/…${rest.slice(-4)}` : parsed.origin;
  } catch {
    return '…';
  }
}

export function toWebhookView(webhook: WebhookRecord): WebhookView {
  const { url, workspaceId: _workspace, ...rest } = webhook;
  return { ...rest, urlPreview: previewWebhookUrl(url) };
}

export async function listWebhooks({ storage, workspaceId }: { storage: Storage; workspaceId: number }) {
  return (await storage.webhooks.list(workspaceId)).map(toWebhookView);
}
