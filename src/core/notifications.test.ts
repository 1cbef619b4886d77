import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  isWebhookSubscribed,
  NOTIFICATION_KINDS,
  resolvePreferences,
  USER_CHANNELS,
} from './notifications.ts';

describe('notification preferences', () => {
  it('are the defaults when nothing is stored', () => {
    expect(resolvePreferences([])).toEqual(DEFAULT_PREFERENCES);
    expect(resolvePreferences([]).answers_complete.email).toBe(false);
    expect(resolvePreferences([]).reminder.email).toBe(true);
  });

  it('take a stored choice over the default and ignore rows of unknown kinds or channels', () => {
    const resolved = resolvePreferences([
      { kind: 'reminder', channel: 'email', isEnabled: false },
      { kind: 'answers_complete', channel: 'email', isEnabled: true },
      { kind: 'retired_kind', channel: 'email', isEnabled: true },
      { kind: 'alert_new', channel: 'sms', isEnabled: true },
    ]);
    expect(resolved.reminder).toEqual({ in_app: true, email: false });
    expect(resolved.answers_complete).toEqual({ in_app: true, email: true });
    expect(Object.keys(resolved).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.keys(resolved.alert_new).sort()).toEqual([...USER_CHANNELS].sort());
  });

  it('never change the shared defaults (property: the last stored choice wins, defaults stay intact)', () => {
    const choice = fc.record({
      kind: fc.constantFrom(...NOTIFICATION_KINDS),
      channel: fc.constantFrom(...USER_CHANNELS),
      isEnabled: fc.boolean(),
    });
    const before = structuredClone(DEFAULT_PREFERENCES);
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 20 }), (choices) => {
        const resolved = resolvePreferences(choices);
        for (const kind of NOTIFICATION_KINDS) {
          for (const channel of USER_CHANNELS) {
            const last = choices.findLast((c) => c.kind === kind && c.channel === channel);
            expect(resolved[kind][channel]).toBe(last ? last.isEnabled : DEFAULT_PREFERENCES[kind][channel]);
          }
        }
      }),
    );
    expect(DEFAULT_PREFERENCES).toEqual(before);
  });
});

describe('webhook subscriptions', () => {
  it.each([
    { events: [], kind: 'alert_new', expected: true },
    { events: ['alert_new'], kind: 'alert_new', expected: true },
    { events: ['diagnosis_ready'], kind: 'alert_new', expected: false },
  ] as const)('$events gets $kind: $expected', ({ events, kind, expected }) => {
    expect(isWebhookSubscribed(events, kind)).toBe(expected);
  });
});
