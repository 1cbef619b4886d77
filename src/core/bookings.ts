/**
 * Bookings (won deal value) against bookings targets, per fiscal period and per product: the first Cockpit view.
 * Only value bookings here; the forecast of attainment lives in the engine.
 */
import { addDays, type FiscalCalendar, type IsoDate, type Period, periodOf } from './calendar.ts';
import type { Deal, DimensionValue, Target } from './types.ts';

export interface PeriodBookings {
  period: string;
  start: IsoDate;
  end: IsoDate;
  bookedCents: number;
  /** null when no bookings target covers this period. */
  targetCents: number | null;
}

export interface ProductBookings {
  productId: number;
  product: string;
  bookedCents: number;
  targetCents: number | null;
}

export interface BookingsOverview {
  asOf: IsoDate;
  current: PeriodBookings;
  periods: PeriodBookings[];
  byProduct: ProductBookings[];
}

function bookedIn(deals: readonly Deal[], period: Period, asOf: IsoDate, productId?: number): number {
  let total = 0;
  for (const deal of deals) {
    if (deal.outcome !== 'won' || deal.closedOn === null) continue;
    if (deal.closedOn < period.start || deal.closedOn > period.end || deal.closedOn > asOf) continue;
    if (productId !== undefined && deal.productId !== productId) continue;
    total += deal.amountCents;
  }
  return total;
}

/**
 * The bookings target of a scope in a period: the target set for exactly that scope, or else the sum of the
 * targets one level down by region (targets are commonly set per product × region), or null.
 */
function targetFor(targets: readonly Target[], period: Period, productId?: number): number | null {
  const inPeriod = targets.filter((t) => t.measure === 'bookings' && t.period === period.key);
  const exact = inPeriod.find(
    (t) => t.scope.product === productId && Object.keys(t.scope).length === (productId === undefined ? 0 : 1),
  );
  if (exact) return exact.value;
  const byRegion = inPeriod.filter(
    (t) =>
      t.scope.region !== undefined &&
      t.scope.product === productId &&
      Object.keys(t.scope).length === (productId === undefined ? 1 : 2),
  );
  return byRegion.length > 0 ? byRegion.reduce((sum, t) => sum + t.value, 0) : null;
}

/** The `count` fiscal quarters ending with the one that contains `asOf`, oldest first. */
export function listRecentQuarters(asOf: IsoDate, count: number, calendar: FiscalCalendar): Period[] {
  const periods = [periodOf(asOf, 'quarter', calendar)];
  while (periods.length < count)
    periods.unshift(periodOf(addDays(periods[0]!.start, -1), 'quarter', calendar));
  return periods;
}

export interface BookingsOverviewInput {
  deals: readonly Deal[];
  targets: readonly Target[];
  products: readonly DimensionValue[];
  asOf: IsoDate;
  calendar: FiscalCalendar;
  /** How many quarters to show, ending with the one containing asOf. */
  quarters: number;
}

/** Booked value vs target for the last `quarters` fiscal quarters, and per product for the current one. */
export function computeBookingsOverview(input: BookingsOverviewInput): BookingsOverview {
  const { deals, targets, products, asOf, calendar, quarters } = input;
  const periods = listRecentQuarters(asOf, quarters, calendar);
  const rows = periods.map((period) => ({
    period: period.key,
    start: period.start,
    end: period.end,
    bookedCents: bookedIn(deals, period, asOf),
    targetCents: targetFor(targets, period),
  }));
  const currentPeriod = periods.at(-1)!;
  const byProduct = products.map((product) => ({
    productId: product.id,
    product: product.name,
    bookedCents: bookedIn(deals, currentPeriod, asOf, product.id),
    targetCents: targetFor(targets, currentPeriod, product.id),
  }));
  return { asOf, current: rows.at(-1)!, periods: rows, byProduct };
}
