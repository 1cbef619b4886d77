import { computeBookingsOverview } from '../core/bookings.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { Storage } from '../storage/port.ts';

export interface GetBookingsOverviewInput {
  storage: Storage;
  workspaceId: number;
  asOf: IsoDate;
  quarters: number;
}

type Overview = Awaited<ReturnType<typeof computeOverview>>;

/**
 * Overviews by workspace, as-of, quarters and data stamp. Loading every deal costs far more than the two
 * counting queries of the stamp, so the cockpit computes once per data change and as-of date. Safe to lose
 * (a new process recomputes) and safe across instances: an import on any instance changes the stamp. Concurrent
 * requests for the same key share one computation.
 */
const CACHE = new Map<string, Promise<Overview>>();
const MAX_ENTRIES = 200;

async function computeOverview({ storage, workspaceId, asOf, quarters }: GetBookingsOverviewInput) {
  const workspace = await storage.workspaces.get(workspaceId);
  const [deals, targets, dimensions] = await Promise.all([
    storage.deals.list(workspaceId),
    storage.targets.list(workspaceId),
    storage.dimensions.list(workspaceId),
  ]);
  const overview = computeBookingsOverview({
    deals,
    targets,
    products: dimensions.products,
    asOf,
    calendar: workspace.settings,
    quarters,
  });
  return { ...overview, currency: workspace.settings.currency };
}

export async function getBookingsOverview(input: GetBookingsOverviewInput): Promise<Overview> {
  const { storage, workspaceId, asOf, quarters } = input;
  // Settings (fiscal calendar, currency) are part of the key: changing them changes the answer.
  const [workspace, stamp] = await Promise.all([
    storage.workspaces.get(workspaceId),
    storage.deals.changeStamp(workspaceId),
  ]);
  const key = JSON.stringify([workspaceId, asOf, quarters, stamp, workspace.settings]);
  const cached = CACHE.get(key);
  if (cached) return cached;
  const computing = computeOverview(input);
  CACHE.set(key, computing);
  computing.catch(() => CACHE.delete(key));
  if (CACHE.size > MAX_ENTRIES) {
    const oldest = CACHE.keys().next().value;
    if (oldest !== undefined) CACHE.delete(oldest);
  }
  return computing;
}
