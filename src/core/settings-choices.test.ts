import { describe, expect, it } from 'vitest';
import { isWatched } from './detect/detect-shifts.ts';
import {
  listWatchedKeys,
  normalizeWatchedIndicators,
  WATCH_CHOICE_KEYS,
  WATCH_CHOICES,
} from './settings-choices.ts';

describe('watch choices', () => {
  it('offers every catalogue indicator once, and the keyed families by name', () => {
    expect(new Set(WATCH_CHOICE_KEYS).size).toBe(WATCH_CHOICE_KEYS.length);
    expect(WATCH_CHOICE_KEYS).toEqual(
      expect.arrayContaining(['new_leads', 'win_rate', 'stage_conversion', 'lost_barrier_share', 'metric']),
    );
  });

  it('marks as default exactly what a scan watches when nothing is chosen', () => {
    const samples = [
      { key: 'new_leads', isLeading: true },
      { key: 'new_opportunity_value', isLeading: false },
      { key: 'stage_conversion:proposal', isLeading: true },
      { key: 'lost_barrier_share:price_perceived_high', isLeading: false },
      { key: 'metric:web_visits', isLeading: true },
    ];
    const defaults = listWatchedKeys({ watchedIndicators: [] });
    for (const sample of samples) {
      const choice = WATCH_CHOICES.find((c) => sample.key === c.key || sample.key.startsWith(`${c.key}:`));
      expect(defaults.includes(choice?.key ?? ''), sample.key).toBe(isWatched(sample, []));
    }
  });

  it('makes a stored family choice match its members in the scan', () => {
    const stored = normalizeWatchedIndicators(['lost_barrier_share', 'win_rate']);
    expect(isWatched({ key: 'lost_barrier_share:competitor_preferred', isLeading: false }, stored)).toBe(
      true,
    );
    expect(isWatched({ key: 'new_leads', isLeading: true }, stored)).toBe(false);
  });

  it('stores a choice in catalogue order without repeats, and the defaults as an empty list', () => {
    expect(normalizeWatchedIndicators(['win_rate', 'new_leads', 'win_rate'])).toEqual([
      'new_leads',
      'win_rate',
    ]);
    expect(normalizeWatchedIndicators(listWatchedKeys({ watchedIndicators: [] }))).toEqual([]);
    expect(listWatchedKeys({ watchedIndicators: ['win_rate', 'cycle_time'] })).toEqual([
      'win_rate',
      'cycle_time',
    ]);
  });
});
