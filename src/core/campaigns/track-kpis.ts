/**
 * The campaign page's live view (issue 7 item 3): each KPI week by week for the targeted scope, beside where the
 * pooled sibling controls say it would be (scaled to the target's level before the start) and the seasonal-naive
 * forecast. Counts per week; ratios per week as value / base (null in a week without base).
 */
import { addDays, type IsoDate } from '../calendar.ts';
import type { KpiSeriesInput, WeeklyObservation } from '../impact/types.ts';

export interface TrackedWeek {
  weekStart: IsoDate;
  target: number | null;
  control: number | null;
  forecast: number | null;
}

export interface TrackedKpi {
  key: string;
  baselineLevel: number | null;
  controlLabels: string[];
  weeks: TrackedWeek[];
}

const SHOWN_PRE_WEEKS = 26;
const LEVEL_WEEKS = 52;

function level(series: readonly WeeklyObservation[], kind: KpiSeriesInput['kind']): number | null {
  const value = series.reduce((sum, w) => sum + w.value, 0);
  if (kind === 'count') return series.length > 0 ? value / series.length : null;
  const base = series.reduce((sum, w) => sum + (w.base ?? 0), 0);
  return base > 0 ? value / base : null;
}

function pool(kpi: KpiSeriesInput): Map<IsoDate, WeeklyObservation> {
  const pooled = new Map<IsoDate, WeeklyObservation>();
  for (const control of kpi.controls)
    for (const w of control.series) {
      const sum = pooled.get(w.weekStart) ?? { weekStart: w.weekStart, value: 0, base: 0 };
      pooled.set(w.weekStart, { ...sum, value: sum.value + w.value, base: (sum.base ?? 0) + (w.base ?? 0) });
    }
  return pooled;
}

export function trackKpi(kpi: KpiSeriesInput, startOn: IsoDate): TrackedKpi {
  const pre = (series: readonly WeeklyObservation[]) =>
    series.filter((w) => w.weekStart < startOn && w.weekStart >= addDays(startOn, -7 * LEVEL_WEEKS));
  const pooled = pool(kpi);
  const targetLevel = level(pre(kpi.target), kpi.kind);
  const controlLevel = level(pre([...pooled.values()]), kpi.kind);
  const scale = targetLevel !== null && controlLevel ? targetLevel / controlLevel : null;
  const forecast = new Map((kpi.baseline ?? []).map((w) => [w.weekStart, w.value]));
  const from = addDays(startOn, -7 * SHOWN_PRE_WEEKS);
  return {
    key: kpi.key,
    baselineLevel: targetLevel,
    controlLabels: kpi.controls.map((control) => control.label),
    weeks: kpi.target
      .filter((w) => w.weekStart >= from)
      .map((w) => {
        const control = pooled.get(w.weekStart);
        const controlValue = control ? level([control], kpi.kind) : null;
        return {
          weekStart: w.weekStart,
          target: level([w], kpi.kind),
          control: scale !== null && controlValue !== null ? controlValue * scale : null,
          forecast: forecast.get(w.weekStart) ?? null,
        };
      }),
  };
}
