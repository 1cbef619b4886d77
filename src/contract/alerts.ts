/**
 * Alerts, forecasts and scans over the API (issue 5). Scopes travel twice: `scope` with the dimension *names*
 * as imported (absent keys = all, as in `tandem scan --json`) and `scopeIds` with the ids for links and filters.
 */
import { z } from 'zod';
import { AIDA_STAGES } from '../core/aida.ts';
import { DRIVER_KINDS } from '../core/alerts.ts';
import { ALERT_KINDS, ALERT_STATUSES, SEVERITIES, TARGET_MEASURES } from '../core/types.ts';
import { isoDateSchema } from './cockpit.ts';

const optionalName = z.string().optional();
export const scopeNamesSchema = z.object({
  product: optionalName,
  segment: optionalName,
  region: optionalName,
  team: optionalName,
  owner: optionalName,
});
const optionalId = z.number().int().optional();
export const scopeIdsSchema = z.object({
  product: optionalId,
  segment: optionalId,
  region: optionalId,
  team: optionalId,
  owner: optionalId,
});

export const alertForecastSchema = z.object({
  period: z.string(),
  measure: z.enum(TARGET_MEASURES),
  /** bookings: cents; counts otherwise (as every amount below). */
  target: z.number(),
  booked: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  pMiss: z.number(),
  expectedShortfall: z.number(),
  periodEnd: isoDateSchema,
});

export const alertDriverSchema = z.object({
  kind: z.enum(DRIVER_KINDS),
  label: z.string(),
  contribution: z.number(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

export const alertSummarySchema = z.object({
  id: z.number(),
  kind: z.enum(ALERT_KINDS),
  status: z.enum(ALERT_STATUSES),
  statusReason: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  scope: scopeNamesSchema,
  scopeIds: scopeIdsSchema,
  scopeKey: z.string(),
  /** "OptiScan · Automotive", or the workspace name word "all" in the client's language when empty. */
  scopeLabel: z.string(),
  indicator: z.string(),
  aidaStage: z.enum(AIDA_STAGES).nullable(),
  asOf: isoDateSchema,
  firstDetected: isoDateSchema,
  changeStart: isoDateSchema.nullable(),
  changePct: z.number().nullable(),
  /** Whole weeks from the alert's as-of date to the end of the threatened period; null without a forecast. */
  weeksLeft: z.number().nullable(),
  forecast: alertForecastSchema.nullable(),
  drivers: z.array(alertDriverSchema),
  updatedAt: z.string(),
});
export type AlertSummary = z.infer<typeof alertSummarySchema>;

export const indicatorPointSchema = z.object({
  weekStart: isoDateSchema,
  observed: z.number().nullable(),
  expected: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});

export const waterfallSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  unit: z.enum(['cents', 'deals']),
  start: z.number(),
  created: z.number(),
  progressed: z.number(),
  regressed: z.number(),
  won: z.number(),
  lost: z.number(),
  slipped: z.number(),
  end: z.number(),
});

export const suggestedQuestionSchema = z.object({
  key: z.string(),
  text: z.object({ de: z.string(), en: z.string() }),
});

export const alertDetailSchema = alertSummarySchema.extend({
  explanation: z.object({
    waterfall: waterfallSchema.nullable(),
    reasonShifts: z.array(
      z.object({ barrier: z.string(), baselineShare: z.number(), currentShare: z.number() }),
    ),
    suggestedQuestions: z.array(suggestedQuestionSchema),
    /** The alerting indicator by week with its baseline band; the alarm point is `alarmWeek`. */
    series: z.array(indicatorPointSchema),
    /** Week start of the first alarm of this episode (the point to mark on the chart), or null. */
    alarmWeek: isoDateSchema.nullable(),
    relatedIndicators: z.array(z.string()),
  }),
});
export type AlertDetail = z.infer<typeof alertDetailSchema>;

const csvList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]));

export const alertListQuerySchema = z.object({
  /** `?status=new&status=acknowledged`; default: every status except dismissed. */
  status: csvList(ALERT_STATUSES),
  severity: csvList(SEVERITIES),
});

export const alertListSchema = z.object({
  items: z.array(alertSummarySchema),
  /** The latest scan's as-of date, or null before the first scan. */
  lastScanAsOf: isoDateSchema.nullable(),
  /** A scan of the workspace is running now: the list changes when it ends. */
  isScanRunning: z.boolean(),
});
export type AlertList = z.infer<typeof alertListSchema>;

export const dismissAlertSchema = z.object({
  reason: z.string().trim().min(3, 'say in a few words why the alert is dismissed').max(500),
});

export const forecastQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  /** `2026-Q4`, `2026-11` or `2026`; default: the fiscal quarter that holds asOf. */
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-\d{2})?$/, 'expected a period like 2026-Q4, 2026-11 or 2026')
    .optional(),
});

export const fanPointSchema = z.object({
  weekStart: isoDateSchema,
  /** Booked to the end of this week; null for weeks after asOf. */
  booked: z.number().nullable(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
});

export const scopeForecastSchema = z.object({
  targetId: z.number(),
  scope: scopeNamesSchema,
  scopeIds: scopeIdsSchema,
  scopeKey: z.string(),
  scopeLabel: z.string(),
  period: z.string(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  measure: z.enum(TARGET_MEASURES),
  target: z.number(),
  booked: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  pMiss: z.number(),
  expectedShortfall: z.number(),
  daysLeft: z.number(),
  /**
   * Cumulative attainment by week of the period for the fan chart: booked for past weeks, then a fan that
   * opens from today's booked value to the period-end P10/P50/P90 in proportion to the time elapsed.
   */
  fan: z.array(fanPointSchema),
});
export type ScopeForecast = z.infer<typeof scopeForecastSchema>;

export const forecastListSchema = z.object({
  asOf: isoDateSchema,
  period: z.string().nullable(),
  currency: z.string(),
  items: z.array(scopeForecastSchema),
});
export type ForecastList = z.infer<typeof forecastListSchema>;

export const runScanSchema = z.object({ asOf: isoDateSchema.optional() }).default({});

export const scanResultSchema = z.object({
  asOf: isoDateSchema,
  scopes: z.number(),
  seriesWatched: z.number(),
  created: z.number(),
  updated: z.number(),
  openAlerts: z.number(),
  seconds: z.number(),
});
export type ScanResult = z.infer<typeof scanResultSchema>;
