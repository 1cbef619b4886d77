/** The e-mail for a notification: a plain-text part and a simple HTML part, in the recipient's language. */
import type { Locale } from '../core/types.ts';
import type { OutboxPayload } from '../storage/port.ts';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const WORDS: Record<Locale, { open: string; why: string; settings: string }> = {
  de: {
    open: 'In Tandem öffnen',
    why: 'Sie erhalten diese E-Mail, weil Ihre Tandem-Benachrichtigungen das so vorsehen.',
    settings: 'Benachrichtigungen einstellen',
  },
  en: {
    open: 'Open in Tandem',
    why: 'You get this e-mail because of your Tandem notification settings.',
    settings: 'Change notification settings',
  },
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The absolute address of an app path; the inbox when the notification has no link of its own. */
export function toAbsoluteLink(publicUrl: string, link: string | null): string {
  return `${publicUrl}${link ?? '/notifications'}`;
}

export function formatEmail(payload: OutboxPayload, publicUrl: string): EmailContent {
  const words = WORDS[payload.locale];
  const url = toAbsoluteLink(publicUrl, payload.link);
  const settingsUrl = `${publicUrl}/notifications/preferences`;
  const text = [
    payload.title,
    '',
    payload.body,
    '',
    `${words.open}: ${url}`,
    '',
    '-- ',
    words.why,
    `${words.settings}: ${settingsUrl}`,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${payload.locale}"><body style="font-family:system-ui,sans-serif;color:#1f2933">`,
    `<h1 style="font-size:18px">${escapeHtml(payload.title)}</h1>`,
    `<p>${escapeHtml(payload.body)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(words.open)}</a></p>`,
    `<hr><p style="font-size:12px;color:#616e7c">${escapeHtml(words.why)} `,
    `<a href="${escapeHtml(settingsUrl)}">${escapeHtml(words.settings)}</a></p>`,
    '</body></html>',
  ].join('');
  return { subject: payload.title, text, html };
}
