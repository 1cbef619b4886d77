import { describe, expect, it } from 'vitest';
import {
  formatNotificationDate,
  type NotificationParams,
  renderNotificationText,
  type TemplatedNotification,
} from './notification-texts.ts';
import { NOTIFICATION_KINDS } from './notifications.ts';

describe('notification texts', () => {
  it.each([
    { date: '2026-12-31', locale: 'de', expected: '31.12.2026' },
    { date: '2026-12-31', locale: 'en', expected: '31 Dec 2026' },
    { date: '2027-03-05', locale: 'en', expected: '5 Mar 2027' },
  ] as const)('formats $date in $locale as $expected', ({ date, locale, expected }) => {
    expect(formatNotificationDate(date, locale)).toBe(expected);
  });

  it('renders a question set in both languages with the deadline in local form', () => {
    const params = {
      questionSet: 'Preiswahrnehmung Sensorik',
      from: 'Mara Keller',
      deadlineOn: '2026-12-04',
      questionCount: 5,
    };
    expect(renderNotificationText({ kind: 'questions_received', params }, 'de')).toEqual({
      title: 'Fragen von Marketing: Preiswahrnehmung Sensorik',
      body: 'Mara Keller bittet Sie um Antworten auf 5 Fragen bis 04.12.2026.',
    });
    expect(
      renderNotificationText({ kind: 'questions_received', params: { ...params, questionCount: 1 } }, 'en')
        .body,
    ).toBe('Mara Keller asks you to answer 1 question by 4 Dec 2026.');
  });

  it.each([
    { daysLeft: 2, de: 'in 2 Tagen', en: 'in 2 days' },
    { daysLeft: 1, de: 'morgen', en: 'tomorrow' },
    { daysLeft: 0, de: 'heute', en: 'today' },
  ])('says when a reminder is due ($daysLeft days left)', ({ daysLeft, de, en }) => {
    const params = { questionSet: 'Q4', deadlineOn: '2026-12-04', daysLeft };
    expect(renderNotificationText({ kind: 'reminder', params }, 'de').body).toContain(de);
    expect(renderNotificationText({ kind: 'reminder', params }, 'en').body).toContain(en);
  });

  it('says plainly when a campaign will not help', () => {
    const text = renderNotificationText(
      { kind: 'diagnosis_ready', params: { request: 'Sensor X', verdict: 'not_a_campaign_problem' } },
      'en',
    );
    expect(text).toEqual({ title: 'Diagnosis ready: Sensor X', body: 'A campaign will not fix this.' });
  });

  it('has a non-empty German and English text for every kind', () => {
    const samples: { [K in keyof NotificationParams]: NotificationParams[K] } = {
      alert_new: { scope: 'Sensorik · Automotive', headline: '−180.000 € (P(Verfehlen) 78 %), 6 Wochen' },
      request_assigned: { request: 'Sensorik Automotive', requestedBy: 'Jan Vogt', dueOn: null },
      questions_received: { questionSet: 'Q', from: 'M', deadlineOn: '2026-12-04', questionCount: 3 },
      reminder: { questionSet: 'Q', deadlineOn: '2026-12-04', daysLeft: 2 },
      answers_complete: { questionSet: 'Q', answerCount: 4 },
      diagnosis_ready: { request: 'R', verdict: 'campaign' },
      mentioned: { request: 'R', author: 'Mara', excerpt: '@Jan kannst du das prüfen?' },
    };
    for (const kind of NOTIFICATION_KINDS) {
      for (const locale of ['de', 'en'] as const) {
        const text = renderNotificationText({ kind, params: samples[kind] } as TemplatedNotification, locale);
        expect(text.title.length).toBeGreaterThan(3);
        expect(text.body.length).toBeGreaterThan(3);
      }
    }
    expect(
      renderNotificationText({ kind: 'request_assigned', params: samples.request_assigned }, 'de').body,
    ).toBe('Jan Vogt bittet Marketing um Unterstützung.');
  });
});
