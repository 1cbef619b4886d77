/**
 * Weekly KPI series of a scope from deals and leads (DESIGN §5 "Impact"): what the impact evaluation compares.
 * Each KPI is data: which rows feed it, which date places a row in a week, and what it adds to value and base.
 * A scope's level over some weeks is Σvalue / Σbase (impact/types.ts).
 */
import { daysBetween, type IsoDate, startOfIsoWeek } from '../calendar.ts';
import type { KpiDirection, KpiKind, WeeklyObservation } from '../impact/types.ts';
import { listWeekStarts } from '../impact/weeks.ts';
import { isWithinScope } from '../scope.ts';
import type { Deal, Lead, Scope } from '../types.ts';

export interface KpiRows {
  deals: readonly Deal[];
  leads: readonly Lead[];
}

interface WeekItem {
  scope: Scope;
  date: IsoDate;
  value: number;
  base: number;
}

export interface KpiSpec {
  kind: KpiKind;
  direction: KpiDirection;
  items(rows: KpiRows): WeekItem[];
}

function scopeOfDeal(deal: Deal): Scope {
  return {
    ...(deal.productId !== null ? { product: deal.productId } : {}),
    ...(deal.segmentId !== null ? { segment: deal.segmentId } : {}),
    ...(deal.regionId !== null ? { region: deal.regionId } : {}),
    ...(deal.ownerId !== null ? { owner: deal.ownerId } : {}),
  };
}

function scopeOfLead(lead: Lead): Scope {
  return {
    ...(lead.productId !== null ? { product: lead.productId } : {}),
    ...(lead.segmentId !== null ? { segment: lead.segmentId } : {}),
    ...(lead.regionId !== null ? { region: lead.regionId } : {}),
  };
}

const newBusiness = (rows: KpiRows) => rows.deals.filter((deal) => !deal.isRenewal);
const won = (rows: KpiRows) =>
  newBusiness(rows).filter((deal) => deal.outcome === 'won' && deal.closedOn !== null);

/** The KPIs the evaluation can rebuild from deals and leads; others (survey awareness …) are not measured. */
export const KPI_SPECS: Record<string, KpiSpec> = {
  new_leads: {
    kind: 'count',
    direction: 'increase',
    items: (rows) =>
      rows.leads.map((lead) => ({ scope: scopeOfLead(lead), date: lead.createdOn, value: 1, base: 1 })),
  },
  new_opportunities: {
    kind: 'count',
    direction: 'increase',
    items: (rows) =>
      newBusiness(rows).map((deal) => ({
        scope: scopeOfDeal(deal),
        date: deal.createdOn,
        value: 1,
        base: 1,
      })),
  },
  new_opportunity_value: {
    kind: 'count',
    direction: 'increase',
    items: (rows) =>
      newBusiness(rows).map((deal) => ({
        scope: scopeOfDeal(deal),
        date: deal.createdOn,
        value: deal.amountCents,
        base: 1,
      })),
  },
  win_rate: {
    kind: 'ratio',
    direction: 'increase',
    items: (rows) =>
      newBusiness(rows)
        .filter((deal) => deal.closedOn !== null && (deal.outcome === 'won' || deal.outcome === 'lost'))
        .map((deal) => ({
          scope: scopeOfDeal(deal),
          date: deal.closedOn as IsoDate,
          value: deal.outcome === 'won' ? 1 : 0,
          base: 1,
        })),
  },
  avg_deal_size: {
    kind: 'ratio',
    direction: 'increase',
    items: (rows) =>
      won(rows).map((deal) => ({
        scope: scopeOfDeal(deal),
        date: deal.closedOn as IsoDate,
        value: deal.amountCents,
        base: 1,
      })),
  },
  cycle_time: {
    kind: 'ratio',
    direction: 'decrease',
    items: (rows) =>
      won(rows).map((deal) => ({
        scope: scopeOfDeal(deal),
        date: deal.closedOn as IsoDate,
        value: Math.max(0, daysBetween(deal.createdOn, deal.closedOn as IsoDate)),
        base: 1,
      })),
  },
};

export function isMeasurableKpi(key: string): boolean {
  return key in KPI_SPECS;
}

/** The first day any row of this KPI is dated: series start there, so earlier weeks are "no data", not zeros. */
export function findDataStart(items: readonly { date: IsoDate }[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const item of items) if (first === null || item.date < first) first = item.date;
  return first;
}

/** Zero-filled weekly value/base of the rows inside `scope`, from `from` to `to`. */
export function sumByWeek(input: {
  items: readonly WeekItem[];
  scope: Scope;
  from: IsoDate;
  to: IsoDate;
}): WeeklyObservation[] {
  const weeks = listWeekStarts(input.from, input.to);
  const sums = new Map(weeks.map((week) => [week, { value: 0, base: 0 }]));
  for (const item of input.items) {
    if (!isWithinScope(item.scope, input.scope)) continue;
    const sum = sums.get(startOfIsoWeek(item.date));
    if (!sum) continue;
    sum.value += item.value;
    sum.base += item.base;
  }
  return weeks.map((weekStart) => {
    const sum = sums.get(weekStart) ?? { value: 0, base: 0 };
    return { weekStart, value: sum.value, base: sum.base };
  });
}
