/** How Tandem watches a workspace: fiscal calendar, watched indicators, sensitivity, pooling of small scopes. */
import { z } from 'zod';
import { AIDA_STAGES } from '../core/aida.ts';
import { SETTINGS_LIMITS, WATCH_CHOICE_KEYS } from '../core/settings-choices.ts';

const watchKeySchema = z.enum(WATCH_CHOICE_KEYS as [string, ...string[]]);

export const workspaceSettingsSchema = z.object({
  /** 1 = January. */
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  currency: z.string(),
  /** Mean weeks between false alarms per indicator and scope (ARL0); 104 ≈ one every two years. */
  falseAlarmWeeks: z.number(),
  /** Stored choice; empty = the catalogue's defaults (see `watched` for what a scan actually watches). */
  watchedIndicators: z.array(z.string()),
  minDealsPerQuarter: z.number(),
});

export const watchChoiceSchema = z.object({
  key: z.string(),
  aidaStage: z.enum(AIDA_STAGES).nullable(),
  isDefault: z.boolean(),
  isFamily: z.boolean(),
  isWatched: z.boolean(),
});

export const settingsViewSchema = z.object({
  settings: workspaceSettingsSchema,
  /** Every indicator the workspace can watch, in catalogue order, with whether the next scan watches it. */
  indicators: z.array(watchChoiceSchema),
  /** The sensitivities offered, in weeks between false alarms. */
  sensitivityChoicesWeeks: z.array(z.number()),
  /** Whether the caller may change them (admins and sales managers). */
  canEdit: z.boolean(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** A change: fields left out stay as they are. Takes effect at the next scan. */
export const updateSettingsSchema = z.strictObject({
  fiscalYearStartMonth: z
    .number({ error: 'expected the first month of the fiscal year as a number 1–12 (1 = January)' })
    .int()
    .min(1, 'expected a month 1–12 (1 = January)')
    .max(12, 'expected a month 1–12 (1 = January)')
    .optional(),
  watchedIndicators: z.array(watchKeySchema).min(1, 'choose at least one indicator to watch').optional(),
  falseAlarmWeeks: z
    .number({ error: 'expected the mean weeks between false alarms as a whole number' })
    .int()
    .min(
      SETTINGS_LIMITS.falseAlarmWeeks.min,
      `expected at least ${SETTINGS_LIMITS.falseAlarmWeeks.min} weeks between false alarms`,
    )
    .max(
      SETTINGS_LIMITS.falseAlarmWeeks.max,
      `expected at most ${SETTINGS_LIMITS.falseAlarmWeeks.max} weeks between false alarms`,
    )
    .optional(),
  minDealsPerQuarter: z
    .number({ error: 'expected a whole number of deals per quarter' })
    .int('expected a whole number of deals per quarter')
    .min(SETTINGS_LIMITS.minDealsPerQuarter.min, 'expected 0 or more deals per quarter')
    .max(SETTINGS_LIMITS.minDealsPerQuarter.max, 'expected at most 1000 deals per quarter')
    .optional(),
});
export type UpdateSettings = z.infer<typeof updateSettingsSchema>;
