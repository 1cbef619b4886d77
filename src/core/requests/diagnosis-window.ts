/**
 * Which weeks a request's diagnosis looks at (DESIGN §5): the current window runs from the change the alert found
 * to the day of the diagnosis; the baseline is the same weeks a year earlier (52 weeks back, so weekdays and
 * seasonal weeks line up); siblings are the scopes next to the request's scope, over the current window.
 */
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from '../calendar.ts';
import { DIMENSION_KEYS, type Dimensions, type Scope } from '../types.ts';
import type { RequestEvidence } from './evidence.ts';
import { nameScope, type ScopeNames } from './evidence.ts';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface DiagnosisWindow {
  current: DateRange;
  baseline: DateRange;
}

/** Without an alert, a quarter's worth of weeks. */
export const DEFAULT_WINDOW_DAYS = 91;
/** At least four weeks, so that a change found last week still has lost deals to read. */
export const MIN_WINDOW_DAYS = 28;
/** Before its first detection an alert's change is assumed to have started this many days earlier. */
const DETECTION_LEAD_DAYS = 42;
const BASELINE_OFFSET_DAYS = 364;

function findWindowStart(evidence: RequestEvidence, today: IsoDate): IsoDate {
  const alert = evidence.alert;
  if (alert?.changeStartOn) return alert.changeStartOn;
  if (alert) return addDays(alert.firstDetectedOn, -DETECTION_LEAD_DAYS);
  return addDays(today, -DEFAULT_WINDOW_DAYS);
}

/** The current window and its baseline a year earlier, for a diagnosis on `today`. */
export function computeDiagnosisWindow(evidence: RequestEvidence, today: IsoDate): DiagnosisWindow {
  const latestStart = addDays(today, -MIN_WINDOW_DAYS);
  const start = findWindowStart(evidence, today);
  const from = fromEpochDay(Math.min(toEpochDay(start), toEpochDay(latestStart)));
  return {
    current: { from, to: today },
    baseline: { from: addDays(from, -BASELINE_OFFSET_DAYS), to: addDays(today, -BASELINE_OFFSET_DAYS) },
  };
}

export interface SiblingScope {
  scope: Scope;
  names: ScopeNames;
}

const LISTS = {
  product: 'products',
  segment: 'segments',
  region: 'regions',
  team: 'teams',
  owner: 'owners',
} as const;

/**
 * The scopes that differ from `scope` only in its most specific dimension (OptiScan × Automotive → OptiScan ×
 * each other segment). The whole workspace has no siblings.
 */
export function listSiblingScopes(scope: Scope, dimensions: Dimensions): SiblingScope[] {
  const last = DIMENSION_KEYS.filter((key) => scope[key] !== undefined).at(-1);
  if (last === undefined) return [];
  return dimensions[LISTS[last]]
    .filter((value) => value.id !== scope[last])
    .map((value) => {
      const sibling = { ...scope, [last]: value.id };
      return { scope: sibling, names: nameScope(sibling, dimensions) };
    });
}

/** Whether a deal was in the pipeline at some point of the range: created by its end, not closed before it. */
export function isDealActiveIn(
  deal: { createdOn: IsoDate; closedOn: IsoDate | null },
  range: DateRange,
): boolean {
  return deal.createdOn <= range.to && (deal.closedOn === null || deal.closedOn >= range.from);
}

/** Whether a deal was lost within the range. */
export function isDealLostIn(deal: { outcome: string; closedOn: IsoDate | null }, range: DateRange): boolean {
  return (
    deal.outcome === 'lost' &&
    deal.closedOn !== null &&
    deal.closedOn >= range.from &&
    deal.closedOn <= range.to
  );
}
