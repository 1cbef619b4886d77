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

/**
 * On PostgreSQL the stamp counts every deal of the workspace on each request (SQLite reuses it exactly, see
 * change-stamp.ts): at 200 connections that was most of the database's work. So there a stamp is reused for
 * STAMP_TTL_MS — a change made on any instance shows in the cockpit at most that much later.
 */
export const STAMP_TTL_MS = 1000;
const STAMPS = new WeakMap<Storage, Map<number, { at: number; stamp: Promise<string> }>>();

function changeStamp(storage: Storage, workspaceId: number): Promise<string> {
  if (storage.engine !== 'postgres') return storage.deals.changeStamp(workspaceId);
  const now = Date.now();
  let stamps = STAMPS.get(storage);
  if (!stamps) {
    stamps = new Map();
    STAMPS.set(storage, stamps);
  }
  const known = stamps.get(workspaceId);
  if (known && now - known.at < STAMP_TTL_MS) return known.stamp;
  const stamp = storage.deals.changeStamp(workspaceId);
  stamps.set(workspaceId, { at: now, stamp });
  stamp.catch(() => stamps.delete(workspaceId));
  return stamp;
}

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
    changeStamp(storage, workspaceId),
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
