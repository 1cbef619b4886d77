/**
 * What the settings page offers, as data: the indicators a workspace can watch (from the engine's catalogue),
 * the sensitivities worded the way a manager thinks, and the rules a settings change must satisfy.
 */
import type { AidaStage } from './aida.ts';
import {
  findIndicator,
  INDICATORS,
  LOST_BARRIER_PREFIX,
  METRIC_PREFIX,
  STAGE_CONVERSION_PREFIX,
} from './detect/catalogue.ts';
import type { WorkspaceSettings } from './settings.ts';

export interface WatchChoice {
  /** A catalogue key, or a family name that matches every `family:*` key (see `isWatched` in detect). */
  key: string;
  /** null: it depends on the member (lost-reason shares follow their barrier). */
  aidaStage: AidaStage | null;
  /** Watched when the workspace has not chosen (the catalogue's leading indicators). */
  isDefault: boolean;
  isFamily: boolean;
}

function familyChoice(prefix: string, sampleMember: string): WatchChoice {
  const member = findIndicator(`${prefix}${sampleMember}`);
  const isBarrierShare = prefix === LOST_BARRIER_PREFIX;
  return {
    key: prefix.slice(0, -1),
    aidaStage: isBarrierShare ? null : (member?.aidaStage ?? null),
    isDefault: member?.isLeading ?? false,
    isFamily: true,
  };
}

/** Every watchable indicator in catalogue order; stage conversions, lost reasons and metrics as families. */
export const WATCH_CHOICES: readonly WatchChoice[] = [
  ...INDICATORS.map((indicator) => ({
    key: indicator.key,
    aidaStage: indicator.aidaStage,
    isDefault: indicator.isLeading,
    isFamily: false,
  })),
  familyChoice(STAGE_CONVERSION_PREFIX, 'proposal'),
  familyChoice(LOST_BARRIER_PREFIX, 'price_perceived_high'),
  familyChoice(METRIC_PREFIX, 'web_visits'),
];

export const WATCH_CHOICE_KEYS = WATCH_CHOICES.map((choice) => choice.key);

/**
 * Sensitivities offered, as mean weeks between false alarms per indicator and scope (ARL0):
 * about one a year, one every two years (the default, DESIGN §4) and one every five years.
 */
export const SENSITIVITY_CHOICES_WEEKS = [52, 104, 260] as const;

/** Bounds a stored setting must keep (the API refuses values outside, naming the field). */
export const SETTINGS_LIMITS = {
  falseAlarmWeeks: { min: 26, max: 520 },
  minDealsPerQuarter: { min: 0, max: 1000 },
} as const;

/** The indicators a scan watches for these settings: the defaults when the workspace has not chosen. */
export function listWatchedKeys(settings: Pick<WorkspaceSettings, 'watchedIndicators'>): string[] {
  if (settings.watchedIndicators.length === 0)
    return WATCH_CHOICES.filter((choice) => choice.isDefault).map((choice) => choice.key);
  return WATCH_CHOICE_KEYS.filter((key) => settings.watchedIndicators.includes(key));
}

/**
 * The watch list to store for a choice: catalogue order, no repeats, and `[]` when it equals the defaults so
 * that the workspace keeps following the catalogue's defaults as they improve.
 */
export function normalizeWatchedIndicators(keys: readonly string[]): string[] {
  const chosen = WATCH_CHOICE_KEYS.filter((key) => keys.includes(key));
  const defaults = listWatchedKeys({ watchedIndicators: [] });
  const isDefault = chosen.length === defaults.length && chosen.every((key) => defaults.includes(key));
  return isDefault ? [] : chosen;
}
