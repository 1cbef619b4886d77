import { computeBookingsOverview } from '../core/bookings.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { Storage, Workspace } from '../storage/port.ts';
import { createReuseWindow, type ReuseWindow } from './reuse-window.ts';

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

/** What the cached overview depends on besides the request: the workspace (its settings) and the deals' stamp. */
interface Freshness {
  workspace: Workspace;
  stamp: string;
}

/**
 * On PostgreSQL the stamp counts every deal of the workspace, and the workspace row is one more round trip: at 200
 * connections that was most of the database's work and half of each request's queries. So there both are reused
 * for STAMP_TTL_MS per instance — a change made on another instance (an import, new settings) shows in the
 * cockpit at most that much later; one made on this instance at once (its write drops them). On SQLite both reads
 * are exact and cheap (see change-stamp.ts), so they run every time.
 */
export const STAMP_TTL_MS = 1000;
const FRESHNESS = new WeakMap<Storage, ReuseWindow<number, Freshness>>();

async function readFreshness(storage: Storage, workspaceId: number): Promise<Freshness> {
  const [workspace, stamp] = await Promise.all([
    storage.workspaces.get(workspaceId),
    storage.deals.changeStamp(workspaceId),
  ]);
  return { workspace, stamp };
}

/** Drops the reused workspace and stamp: this instance has just written something (see server/app.ts). */
export function forgetOverviewFreshness(storage: Storage): void {
  FRESHNESS.get(storage)?.forgetAll();
}

function freshnessOf(storage: Storage, workspaceId: number): Promise<Freshness> {
  if (storage.engine !== 'postgres') return readFreshness(storage, workspaceId);
  let reads = FRESHNESS.get(storage);
  if (!reads) {
    reads = createReuseWindow({ windowMs: STAMP_TTL_MS, maxEntries: 1000 });
    FRESHNESS.set(storage, reads);
  }
  return reads.get(workspaceId, () => readFreshness(storage, workspaceId));
}

async function computeOverview(
  { storage, workspaceId, asOf, quarters }: GetBookingsOverviewInput,
  workspace: Workspace,
) {
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
  const { workspace, stamp } = await freshnessOf(storage, workspaceId);
  const key = JSON.stringify([workspaceId, asOf, quarters, stamp, workspace.settings]);
  const cached = CACHE.get(key);
  if (cached) return cached;
  const computing = computeOverview(input, workspace);
  CACHE.set(key, computing);
  computing.catch(() => CACHE.delete(key));
  if (CACHE.size > MAX_ENTRIES) {
    const oldest = CACHE.keys().next().value;
    if (oldest !== undefined) CACHE.delete(oldest);
  }
  return computing;
}
