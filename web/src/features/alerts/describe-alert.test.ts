import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatShortfall } from './describe-alert.ts';
import { alertsTexts } from './texts.ts';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'de',
    resources: { de: { alerts: alertsTexts.de }, en: { alerts: alertsTexts.en } },
  });
});

describe('the gap of a count target', () => {
  it('names what is missing instead of a bare number', () => {
    const de = i18n.getFixedT('de');
    const en = i18n.getFixedT('en');
    expect(formatShortfall(24.6, 'deals_won', 'EUR', de)).toBe('25 Abschlüsse');
    expect(formatShortfall(1.2, 'deals_won', 'EUR', de)).toBe('1 Abschluss');
    expect(formatShortfall(3, 'renewals', 'EUR', de)).toBe('3 Verlängerungen');
    expect(formatShortfall(25, 'deals_won', 'EUR', en)).toBe('25 deals');
    expect(formatShortfall(1, 'renewals', 'EUR', en)).toBe('1 renewal');
  });
});
