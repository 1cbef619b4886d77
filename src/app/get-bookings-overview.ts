import { computeBookingsOverview } from '../core/bookings.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { Storage } from '../storage/port.ts';

export interface GetBookingsOverviewInput {
  storage: Storage;
  workspaceId: number;
  asOf: IsoDate;
  quarters: number;
}

export async function getBookingsOverview({
  storage,
  workspaceId,
  asOf,
  quarters,
}: GetBookingsOverviewInput) {
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
