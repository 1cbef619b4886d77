import { getBookingsOverview } from '../../app/get-bookings-overview.ts';
import { bookingsOverviewQuerySchema, bookingsOverviewSchema } from '../../contract/cockpit.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

export const cockpitRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/cockpit/bookings',
    permission: { resource: 'cockpit', action: 'read' },
    summary: 'Booked value vs target per fiscal quarter and per product for the current quarter',
    tags: ['cockpit'],
    query: bookingsOverviewQuerySchema,
    response: bookingsOverviewSchema,
    async handler({ ctx, principal, query }) {
      return getBookingsOverview({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        asOf: query.asOf ?? todayIso(),
        quarters: query.quarters,
      });
    },
  }),
];
