/**
 * Attainment forecasts per scope with a target, for the cockpit's fan charts: the latest scan's when it
 * answers the question (same as-of, period held), else computed now.
 */
import type { IsoDate } from '../core/calendar.ts';
import { computeBookedByWeek } from '../core/scan/booked-by-week.ts';
import { forecastTargets } from '../core/scan/forecast-targets.ts';
import type { Storage, StoredForecast } from '../storage/port.ts';
import { toScopeForecast } from './alert-view.ts';
import { loadPipeline } from './load-pipeline.ts';
import { SCAN_SEED } from './run-scan.ts';

export interface GetForecastsInput {
  storage: Storage;
  workspaceId: number;
  asOf: IsoDate;
  period?: string;
  /** True when the caller named no date: the latest scan's forecasts will do. */
  isLatest: boolean;
}

async function computeNow(input: GetForecastsInput): Promise<StoredForecast[]> {
  const loaded = await loadPipeline(input.storage, input.workspaceId);
  const forecasts = forecastTargets({
    history: loaded.history,
    dimensions: loaded.dimensions,
    targets: loaded.targets,
    asOf: input.asOf,
    fiscalYearStartMonth: loaded.workspace.settings.fiscalYearStartMonth,
    seed: SCAN_SEED,
    period: input.period,
  });
  return forecasts.map((forecast) => ({
    ...forecast,
    bookedByWeek: computeBookedByWeek({
      deals: loaded.history.deals,
      dimensions: loaded.dimensions,
      scope: forecast.scope,
      measure: forecast.measure,
      periodStart: forecast.periodStart,
      asOf: forecast.asOf,
    }),
  }));
}

async function findStored(input: GetForecastsInput): Promise<StoredForecast[] | null> {
  const latest = await input.storage.scans.findLatest(input.workspaceId);
  if (!latest || (!input.isLatest && latest.asOf !== input.asOf)) return null;
  const stored = await input.storage.scans.listForecasts(input.workspaceId, latest.id);
  if (!input.period) return stored;
  const matching = stored.filter((forecast) => forecast.period === input.period);
  return matching.length > 0 ? matching : null;
}

export async function getForecasts(input: GetForecastsInput) {
  const workspace = await input.storage.workspaces.get(input.workspaceId);
  const stored = await findStored(input);
  const forecasts = stored ?? (await computeNow(input));
  const dimensions = await input.storage.dimensions.list(input.workspaceId);
  return {
    asOf: forecasts[0]?.asOf ?? input.asOf,
    period: input.period ?? null,
    currency: workspace.settings.currency,
    items: forecasts.map((forecast) => toScopeForecast(forecast, dimensions)),
  };
}
