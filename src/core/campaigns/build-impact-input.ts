/**
 * The impact evaluation's input for a stored campaign (issue 7 item 4): each measurable KPI as weekly series
 * of the targeted scope, its untargeted sibling scopes as controls, and last year's level × growth (seasonal
 * naive) as the baseline. Pure: the caller passes the rows and `asOf`. The engine's own forecast for the scope is
 * a separate check on bookings (impact/forecast-check.ts), made in the app layer where the stored scans are.
 *
 * Siblings: for each dimension the campaign fixes, the other values of that dimension with the rest fixed — for
 * PressLine × Lebensmittel that is PressLine in the other segments and the other products in Lebensmittel (see
 * src/demo/campaign-impact.test.ts for why both families).
 * Baseline (shown as "last year's level × growth"): the same week a year earlier × the scope's growth over the
 * 26 weeks before the start against the same 26 weeks a year before. Count KPIs only; it needs 78 weeks of history.
 */
import { addDays, type IsoDate } from '../calendar.ts';
import type { EvaluateImpactInput, GapLink, KpiSeriesInput, WeeklyObservation } from '../impact/types.ts';
import { DIMENSION_KEYS, type DimensionKey, type Scope } from '../types.ts';
import { findDataStart, KPI_SPECS, type KpiRows, sumByWeek } from './kpi-series.ts';

export interface ImpactCampaign {
  scope: Scope;
  startOn: IsoDate;
  endOn: IsoDate;
  /** KPI keys in the brief's order; the first measurable one decides the verdict. */
  kpiKeys: readonly string[];
}

export interface BuildImpactInputInput {
  campaign: ImpactCampaign;
  rows: KpiRows;
  /** "PressLine × Maschinenbau" for a scope, for the control labels. */
  labelScope: (scope: Scope) => string;
  asOf: IsoDate;
  postWeeks?: number;
  seed?: number;
  gap?: GapLink;
}

const SEASON_WEEKS = 52;
const GROWTH_WEEKS = 26;

/** The sibling scopes: one dimension's value swapped for each other value seen in the data. */
export function listSiblingScopes(scope: Scope, seen: readonly Scope[]): Scope[] {
  const siblings: Scope[] = [];
  for (const key of DIMENSION_KEYS.filter((k) => scope[k] !== undefined)) {
    const values = new Set<number>();
    for (const row of seen) {
      const value = row[key as DimensionKey];
      if (value !== undefined && value !== scope[key]) values.add(value);
    }
    for (const value of [...values].sort((a, b) => a - b)) siblings.push({ ...scope, [key]: value });
  }
  return siblings;
}

function sumWeeks(series: readonly WeeklyObservation[], from: IsoDate, to: IsoDate): number {
  return series.filter((w) => w.weekStart >= from && w.weekStart < to).reduce((sum, w) => sum + w.value, 0);
}

/** Seasonal-naive forecast with growth; null when the history is too short to have last year's weeks. */
export function forecastSeasonalNaive(
  series: readonly WeeklyObservation[],
  startOn: IsoDate,
): WeeklyObservation[] | null {
  const first = series[0]?.weekStart;
  const growthFrom = addDays(startOn, -7 * GROWTH_WEEKS);
  if (!first || addDays(growthFrom, -7 * SEASON_WEEKS) < first) return null;
  const recent = sumWeeks(series, growthFrom, startOn);
  const yearBefore = sumWeeks(
    series,
    addDays(growthFrom, -7 * SEASON_WEEKS),
    addDays(startOn, -7 * SEASON_WEEKS),
  );
  if (recent <= 0 || yearBefore <= 0) return null;
  const growth = recent / yearBefore;
  const byWeek = new Map(series.map((w) => [w.weekStart, w.value]));
  return series
    .filter((w) => w.weekStart >= startOn)
    .map((w) => ({
      weekStart: w.weekStart,
      value: (byWeek.get(addDays(w.weekStart, -7 * SEASON_WEEKS)) ?? 0) * growth,
    }));
}

function buildKpi(input: BuildImpactInputInput, key: string): KpiSeriesInput | null {
  const spec = KPI_SPECS[key];
  if (!spec) return null;
  const items = spec.items(input.rows);
  const from = findDataStart(items);
  if (from === null) return null;
  const { scope } = input.campaign;
  const series = (s: Scope) => sumByWeek({ items, scope: s, from, to: input.asOf });
  const target = series(scope);
  const controls = listSiblingScopes(
    scope,
    items.map((item) => item.scope),
  ).map((sibling) => ({ label: input.labelScope(sibling), series: series(sibling) }));
  const baseline = spec.kind === 'count' ? forecastSeasonalNaive(target, input.campaign.startOn) : null;
  return {
    key,
    kind: spec.kind,
    direction: spec.direction,
    target,
    controls,
    ...(baseline ? { baseline } : {}),
  };
}

export function buildImpactInput(input: BuildImpactInputInput): EvaluateImpactInput {
  const kpis = input.campaign.kpiKeys.flatMap((key) => buildKpi(input, key) ?? []);
  const gap = input.gap && kpis.some((kpi) => kpi.key === input.gap?.kpiKey) ? input.gap : undefined;
  return {
    window: {
      startOn: input.campaign.startOn,
      endOn: input.campaign.endOn,
      postWeeks: input.postWeeks ?? 26,
    },
    kpis,
    asOf: input.asOf,
    seed: input.seed ?? 42,
    ...(gap ? { gap } : {}),
  };
}
