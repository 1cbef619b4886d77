import { describe, expect, it } from 'vitest';
import { VERDICT_REASON_CODES, type VerdictReason } from './verdict-rules.ts';
import { describeVerdictReason, VERDICT_REASON_TEXTS } from './verdict-texts.ts';

const FULL_PARAMS: VerdictReason['params'] = {
  barrier: 'price_perceived_high',
  stage: 'desire',
  sharePct: 41,
  lowPct: 29,
  highPct: 54,
  baselinePct: 16,
  routeTo: 'pricing',
};

describe('verdict reasons in plain words', () => {
  it.each(VERDICT_REASON_CODES.map((code) => [code]))(
    '%s has German and English text with every number filled in',
    (code) => {
      expect(VERDICT_REASON_TEXTS[code].de).not.toBe(VERDICT_REASON_TEXTS[code].en);
      const text = describeVerdictReason({ code, params: FULL_PARAMS });
      for (const words of [text.de, text.en]) expect(words).not.toMatch(/\{\w+\}/);
    },
  );

  it('reads as a sentence a marketing manager can present', () => {
    expect(describeVerdictReason({ code: 'price_rising', params: FULL_PARAMS })).toEqual({
      de: 'Der Anteil „Als zu teuer wahrgenommen“ an verlorenen Deals stieg von 16 % auf 41 %. Eine Kampagne für den Wert – und die Preisgestaltung sollte das Angebot prüfen.',
      en: 'The share of lost deals “Seen as too expensive” rose from 16 % to 41 %. A campaign for the value – and pricing should review the offer.',
    });
  });
});
