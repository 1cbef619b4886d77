import { describe, expect, it } from 'vitest';
import { getIndicatorLabel } from './labels.ts';
import { WATCH_CHOICE_KEYS } from './settings-choices.ts';

describe('indicator labels', () => {
  it('names every indicator the settings offer, in both languages', () => {
    for (const key of WATCH_CHOICE_KEYS) {
      expect(getIndicatorLabel(key, 'de'), key).not.toBe(key);
      expect(getIndicatorLabel(key, 'en'), key).not.toBe(key);
    }
  });

  it('names keyed indicators by their member', () => {
    expect(getIndicatorLabel('lost_barrier_share:price_perceived_high', 'de')).toBe(
      'Verlustanteil: Als zu teuer wahrgenommen',
    );
    expect(getIndicatorLabel('stage_conversion:Proposal', 'en')).toBe('Conversion from stage "Proposal"');
    expect(getIndicatorLabel('metric:web_visits', 'en')).toBe('Web visits per week');
    expect(getIndicatorLabel('something_else', 'en')).toBe('something_else');
  });
});
