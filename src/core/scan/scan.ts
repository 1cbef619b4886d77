/**
 * One scan of a workspace as of a date (DESIGN §4, issue 5): the as-of cut, the watched scopes, every
 * indicator series per scope, shift detection with calibrated thresholds (corrected for the number of scopes
 * watched per indicator), the attainment forecast of every target whose period holds the date, and the alert
 * candidates with their explanation. Pure and seeded: the same data, settings, as-of date and seed give the
 * same result.
 */
import type { AlertCandidate } from '../alerts.ts';
import type { IsoDate } from '../calendar.ts';
import type { SeriesDetection } from '../detect/detect-series.ts';
import { detectShifts, type ScopeCorrection } from '../detect/detect-shifts.ts';
import { cutToAsOf, type PipelineHistory } from '../forecast/as-of.ts';
import type { AttainmentForecast } from '../forecast/forecast.ts';
import type { WorkspaceSettings } from '../settings.ts';
import type { Dimensions, Target } from '../types.ts';
import { type BookedWeek, computeBookedByWeek } from './booked-by-week.ts';
import { forecastTargets } from './forecast-targets.ts';
import { buildGapCandidates } from './gap-candidates.ts';
import { groupScopeRows, type ScopeRows } from './scope-rows.ts';
import { computeScopeSeriesInOnePass } from './scope-series.ts';
import { listScopes, type WatchedScope } from './scopes.ts';
import { buildShiftCandidates } from './shift-candidates.ts';
import { createWindowEvidence, type WindowEvidenceSource } from './window-evidence.ts';

/**
 * Simulated series per threshold calibration in a scan: 200 estimate ARL0 within about ±9 % (600: ±5 %) at a
 * third of the cost, which decides how long a workspace's first scan takes; the results are cached.
 */
export const SCAN_CALIBRATION_RUNS = 200;

export interface ScanInput {
  history: PipelineHistory;
  dimensions: Dimensions;
  targets: readonly Target[];
  asOf: IsoDate;
  settings: WorkspaceSettings;
  seed: number;
  /** Calibrated thresholds by cache key (from the calibration cache); missing ones are simulated. */
  thresholds?: Readonly<Record<string, number>>;
  /** Simulated series per calibration (default SCAN_CALIBRATION_RUNS). */
  calibrationRuns?: number;
  /** Monte Carlo runs per forecast (default 2000). */
  forecastSimulations?: number;
  scopeCorrection?: ScopeCorrection;
}

export interface ScanOutput {
  asOf: IsoDate;
  scopes: WatchedScope[];
  candidates: AlertCandidate[];
  forecasts: AttainmentForecast[];
  /** Per forecast (same order): booked value by week of its period so far, the solid part of the fan chart. */
  bookedByWeek: BookedWeek[][];
  /** Every threshold used; the new ones belong in the calibration cache. */
  thresholds: Record<string, number>;
  stats: { series: number; monitored: number; alarmsActive: number; expectedFalseAlarmsPerYear: number };
}

/** The data the candidates are built from, shared by the shift and gap builders. */
export interface ScanFindings {
  history: PipelineHistory;
  /** The history per scope, grouped once. */
  rows: ScopeRows;
  /** Waterfall and reason shift per scope and window, computed once. */
  windows: WindowEvidenceSource;
  dimensions: Dimensions;
  scopes: WatchedScope[];
  detections: SeriesDetection[];
  forecasts: AttainmentForecast[];
  asOf: IsoDate;
}

function findEarliest(history: PipelineHistory, asOf: IsoDate): IsoDate {
  let earliest = asOf;
  for (const deal of history.deals) if (deal.createdOn < earliest) earliest = deal.createdOn;
  for (const lead of history.leads) if (lead.createdOn < earliest) earliest = lead.createdOn;
  for (const metric of history.metrics) if (metric.observedOn < earliest) earliest = metric.observedOn;
  return earliest;
}

function computeAllSeries(
  history: PipelineHistory,
  rows: ScopeRows,
  dimensions: Dimensions,
  scopes: WatchedScope[],
  asOf: IsoDate,
) {
  const from = findEarliest(history, asOf);
  return computeScopeSeriesInOnePass({ history, rows, dimensions, scopes, asOf, from });
}

export function runScanCore(input: ScanInput): ScanOutput {
  const history = cutToAsOf(input.history, input.asOf);
  const scopes = listScopes({
    deals: history.deals,
    dimensions: input.dimensions,
    targets: input.targets,
    asOf: input.asOf,
    minDealsPerQuarter: input.settings.minDealsPerQuarter,
  });
  const rows = groupScopeRows(history, input.dimensions);
  const series = computeAllSeries(history, rows, input.dimensions, scopes, input.asOf);
  const detection = detectShifts({
    series,
    asOf: input.asOf,
    settings: input.settings,
    seed: input.seed,
    thresholds: input.thresholds,
    scopeCorrection: input.scopeCorrection ?? 'none',
    calibration: { runs: input.calibrationRuns ?? SCAN_CALIBRATION_RUNS },
  });
  const forecasts = forecastTargets({
    history,
    dimensions: input.dimensions,
    targets: input.targets,
    asOf: input.asOf,
    fiscalYearStartMonth: input.settings.fiscalYearStartMonth,
    seed: input.seed,
    simulations: input.forecastSimulations,
  });
  const findings: ScanFindings = {
    history,
    rows,
    windows: createWindowEvidence({ rows, asOf: input.asOf }),
    dimensions: input.dimensions,
    scopes,
    detections: detection.results,
    forecasts,
    asOf: input.asOf,
  };
  const shifts = buildShiftCandidates(findings);
  const gaps = buildGapCandidates(findings, shifts);
  return {
    asOf: input.asOf,
    scopes,
    candidates: [...shifts, ...gaps],
    forecasts,
    bookedByWeek: forecasts.map((forecast) =>
      computeBookedByWeek({
        deals: rows.dealsFor(forecast.scope),
        dimensions: input.dimensions,
        scope: forecast.scope,
        measure: forecast.measure,
        periodStart: forecast.periodStart,
        asOf: forecast.asOf,
      }),
    ),
    thresholds: detection.thresholds,
    stats: {
      series: series.length,
      monitored: detection.results.filter((result) => result.status === 'monitored').length,
      alarmsActive: detection.results.filter((result) => result.isActive).length,
      expectedFalseAlarmsPerYear: detection.expectedFalseAlarmsPerYear,
    },
  };
}
