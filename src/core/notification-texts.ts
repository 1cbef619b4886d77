/**
 * The words of each notification in German and English, as data. A feature passes typed parameters; the text is
 * rendered once, in the recipient's language, when the event is recorded (an e-mail and the inbox then agree).
 */
import type { IsoDate } from './calendar.ts';
import type { NotificationKind } from './notifications.ts';
import type { DiagnosisVerdict, Locale } from './types.ts';

/** What each kind needs to say something useful; names, not ids, so a text can be rendered without lookups. */
export interface NotificationParams {
  alert_new: { scope: string; headline: string };
  request_assigned: { request: string; requestedBy: string; dueOn: IsoDate | null };
  questions_received: { questionSet: string; from: string; deadlineOn: IsoDate; questionCount: number };
  reminder: { questionSet: string; deadlineOn: IsoDate; daysLeft: number };
  answers_complete: { questionSet: string; answerCount: number };
  diagnosis_ready: { request: string; verdict: DiagnosisVerdict };
  mentioned: { request: string; author: string; excerpt: string };
}

export interface NotificationText {
  title: string;
  body: string;
}

export type LocalizedNotificationText = Record<Locale, NotificationText>;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** German `31.12.2026`, English `31 Dec 2026`: unambiguous in both, no locale data needed. */
export function formatNotificationDate(date: IsoDate, locale: Locale): string {
  const [year, month, day] = date.split('-');
  if (locale === 'de') return `${day}.${month}.${year}`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}

const VERDICT_TEXT: Record<Locale, Record<DiagnosisVerdict, string>> = {
  de: {
    campaign: 'Eine Kampagne kann helfen.',
    campaign_and_pricing: 'Eine Kampagne kann helfen, der Preis gehört aber mit auf den Tisch.',
    not_a_campaign_problem: 'Eine Kampagne löst das nicht.',
  },
  en: {
    campaign: 'A campaign can help.',
    campaign_and_pricing: 'A campaign can help, but pricing needs a look too.',
    not_a_campaign_problem: 'A campaign will not fix this.',
  },
};

function describeDaysLeft(daysLeft: number, locale: Locale): string {
  if (locale === 'de') {
    if (daysLeft <= 0) return 'heute';
    return daysLeft === 1 ? 'morgen' : `in ${daysLeft} Tagen`;
  }
  if (daysLeft <= 0) return 'today';
  return daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`;
}

type Templates = {
  [K in NotificationKind]: (params: NotificationParams[K], locale: Locale) => NotificationText;
};

const TEMPLATES: Templates = {
  alert_new: ({ scope, headline }, locale) => ({
    title: locale === 'de' ? `Neue Warnung: ${scope}` : `New alert: ${scope}`,
    body: headline,
  }),
  request_assigned: ({ request, requestedBy, dueOn }, locale) => {
    const due = dueOn ? formatNotificationDate(dueOn, locale) : null;
    if (locale === 'de') {
      return {
        title: `Neue Anfrage an Sie: ${request}`,
        body: `${requestedBy} bittet Marketing um Unterstützung${due ? `, fällig am ${due}` : ''}.`,
      };
    }
    return {
      title: `Request assigned to you: ${request}`,
      body: `${requestedBy} asks marketing for support${due ? `, due ${due}` : ''}.`,
    };
  },
  questions_received: ({ questionSet, from, deadlineOn, questionCount }, locale) => {
    const deadline = formatNotificationDate(deadlineOn, locale);
    if (locale === 'de') {
      return {
        title: `Fragen von Marketing: ${questionSet}`,
        body: `${from} bittet Sie um Antworten auf ${questionCount} ${questionCount === 1 ? 'Frage' : 'Fragen'} bis ${deadline}.`,
      };
    }
    return {
      title: `Questions from marketing: ${questionSet}`,
      body: `${from} asks you to answer ${questionCount} ${questionCount === 1 ? 'question' : 'questions'} by ${deadline}.`,
    };
  },
  reminder: ({ questionSet, deadlineOn, daysLeft }, locale) => {
    const deadline = formatNotificationDate(deadlineOn, locale);
    const when = describeDaysLeft(daysLeft, locale);
    if (locale === 'de') {
      return {
        title: `Erinnerung: ${questionSet}`,
        body: `Ihre Antworten werden ${when} erwartet (bis ${deadline}).`,
      };
    }
    return { title: `Reminder: ${questionSet}`, body: `Your answers are due ${when} (${deadline}).` };
  },
  answers_complete: ({ questionSet, answerCount }, locale) =>
    locale === 'de'
      ? {
          title: `Alle Antworten da: ${questionSet}`,
          body: `${answerCount} ${answerCount === 1 ? 'Person hat' : 'Personen haben'} geantwortet. Die Diagnose ist aktuell.`,
        }
      : {
          title: `All answers in: ${questionSet}`,
          body: `${answerCount} ${answerCount === 1 ? 'person has' : 'people have'} answered. The diagnosis is up to date.`,
        },
  diagnosis_ready: ({ request, verdict }, locale) => ({
    title: locale === 'de' ? `Diagnose fertig: ${request}` : `Diagnosis ready: ${request}`,
    body: VERDICT_TEXT[locale][verdict],
  }),
  mentioned: ({ request, author, excerpt }, locale) => ({
    title: locale === 'de' ? `${author} hat Sie erwähnt: ${request}` : `${author} mentioned you: ${request}`,
    body: excerpt,
  }),
};

/** A kind with the parameters its template needs; TypeScript checks that they belong together. */
export type TemplatedNotification = {
  [K in NotificationKind]: { kind: K; params: NotificationParams[K] };
}[NotificationKind];

/** The title and body of a kind in one language. */
export function renderNotificationText(
  notification: TemplatedNotification,
  locale: Locale,
): NotificationText {
  // The union pairs each kind with its parameters; TypeScript cannot follow that through an index, so widen once.
  const template = TEMPLATES[notification.kind] as (params: unknown, locale: Locale) => NotificationText;
  return template(notification.params, locale);
}
